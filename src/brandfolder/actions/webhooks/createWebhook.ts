import { brandfolderIdInput } from "../../inputs/customFields";
import { webhookExample } from "../../examplePayloads/webhooks";
import { operationDoc, WEBHOOKS_PATH } from "../../endpoints";
import {
  callbackUrlInput,
  checkCallbackUrl,
  eventTypeInput,
  subscriptionAttributes,
} from "../../inputs/webhooks";
import { brandfolderAction } from "../../vendor";

/** One event type per subscription, as Brandfolder requires: three events are three subscriptions. */
export const createWebhook = brandfolderAction({
  label: "Create Webhook",
  description:
    "Subscribe a callback URL to one event type (asset created, updated or deleted) in one Brandfolder; for events that run a flow, prefer the Asset Events trigger, which manages its own subscriptions.",
  docsUrl: operationDoc("webhooks", "opIdApiV4WebhooksPost"),
  inputs: {
    eventType: eventTypeInput("The event to subscribe to: one per subscription."),
    brandfolderId: brandfolderIdInput,
    callbackUrl: callbackUrlInput("Where Brandfolder posts each event."),
  },
  method: "POST",
  path: WEBHOOKS_PATH,
  validate: (p) => checkCallbackUrl(p.callbackUrl),
  body: {
    data: (p) => ({
      attributes: subscriptionAttributes(p),
    }),
  },
  encoding: "json",
  examplePayload: { data: { data: webhookExample } },
});
