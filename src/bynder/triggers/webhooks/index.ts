import { type AssetEventsOptions, assetEventsTrigger } from "./assetEvents";

export type WebhookTriggerOptions = AssetEventsOptions;

/** Webhook triggers, keyed by the camelCase of their label, built with the component's options. */
export function webhookTriggers(options: WebhookTriggerOptions = {}) {
  return { assetEvents: assetEventsTrigger(options) };
}

/** The barrel with the defaults (its keys are what the barrels test reads). */
export default webhookTriggers();
