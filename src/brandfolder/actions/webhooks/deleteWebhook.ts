import { webhookDeletedExample } from "../../examplePayloads/webhooks";
import { operationDoc, WEBHOOK_PATH } from "../../endpoints";
import { webhookIdInput } from "../../inputs/webhooks";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteWebhook = brandfolderAction({
  label: "Delete Webhook",
  description:
    "Delete a webhook subscription so Brandfolder stops posting its events to the callback URL.",
  docsUrl: operationDoc("webhooks", "opIdApiV4WebhooksByIdDelete"),
  inputs: { webhookId: webhookIdInput("The ID of the webhook subscription to delete.") },
  method: "DELETE",
  path: WEBHOOK_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.webhookId),
  examplePayload: { data: webhookDeletedExample },
});
