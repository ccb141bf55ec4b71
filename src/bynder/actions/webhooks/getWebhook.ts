import { webhookExample } from "../../examplePayloads/webhooks";
import { webhookIdInput } from "../../inputs/webhooks";
import { SUBSCRIPTION_PATH } from "../../webhooks/subscriptions";
import { bynderAction } from "../bynderAction";

export const getWebhook = bynderAction({
  label: "Get Webhook",
  description:
    "Retrieve one webhook configuration with its endpoint, protocol, events and status; needs the webhooks.config:read scope, which is not a default one.",
  inputs: { id: webhookIdInput("The ID of the webhook configuration to retrieve.") },
  method: "GET",
  path: SUBSCRIPTION_PATH,
  examplePayload: { data: webhookExample },
});
