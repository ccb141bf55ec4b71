import { webhookExample } from "../../examplePayloads/webhooks";
import { operationDoc, WEBHOOK_PATH } from "../../endpoints";
import { webhookIdInput } from "../../inputs/webhooks";
import { brandfolderAction } from "../../vendor";

export const getWebhook = brandfolderAction({
  label: "Get Webhook",
  description:
    "Get one active webhook subscription by its ID, with its event type, Brandfolder and callback URL.",
  docsUrl: operationDoc("webhooks", "opIdApiV4WebhooksByIdGet"),
  inputs: { webhookId: webhookIdInput("The ID of the webhook subscription to get.") },
  method: "GET",
  path: WEBHOOK_PATH,
  examplePayload: { data: { data: webhookExample } },
});
