import { webhookListExample } from "../../examplePayloads/webhooks";
import { SUBSCRIPTIONS_PATH } from "../../webhooks/subscriptions";
import { bynderAction } from "../bynderAction";

export const listWebhooks = bynderAction({
  label: "List Webhooks",
  description:
    "List the portal's webhook configurations (at most 10), with their endpoints, events and status; needs the webhooks.config:read scope, which is not a default one.",
  inputs: {},
  method: "GET",
  path: SUBSCRIPTIONS_PATH,
  examplePayload: { data: webhookListExample },
});
