import polling from "./polling";
import { type WebhookTriggerOptions, webhookTriggers } from "./webhooks";

export type TriggerOptions = WebhookTriggerOptions;

/** Every trigger; the webhook ones take the component's options. */
export function allTriggers(options: TriggerOptions = {}) {
  return { ...polling, ...webhookTriggers(options) };
}
