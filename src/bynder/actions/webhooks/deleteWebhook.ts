import { webhookDeletedExample } from "../../examplePayloads/webhooks";
import { webhookIdInput } from "../../inputs/webhooks";
import { SUBSCRIPTION_PATH } from "../../webhooks/subscriptions";
import { bynderAction } from "../bynderAction";

export const deleteWebhook = bynderAction({
  label: "Delete Webhook",
  description:
    "Delete a webhook configuration so Bynder stops sending its events, returning {deleted: true, id}; needs the webhooks.config:write scope.",
  inputs: { id: webhookIdInput("The ID of the webhook configuration to delete.") },
  method: "DELETE",
  path: SUBSCRIPTION_PATH,
  // Bynder answers 204 with no body.
  result: (_data, p) => ({ deleted: true, id: p.id }),
  examplePayload: { data: webhookDeletedExample },
});
