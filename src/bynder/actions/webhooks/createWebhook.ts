import { webhookCreatedExample } from "../../examplePayloads/webhooks";
import {
  checkEndpoint,
  endpointInput,
  eventsInput,
  preArchivedDaysInput,
  protocolInput,
  webhookNameInput,
} from "../../inputs/webhooks";
import { SUBSCRIPTIONS_PATH } from "../../webhooks/subscriptions";
import { bynderAction } from "../bynderAction";

/**
 * Bynder's OpenAPI file puts `{id}` on this POST; its reference page and client code create without
 * one, so the id-less path is used. For an HTTPS endpoint, prefer the Asset Events trigger, which
 * creates its own configuration and confirms SNS's subscription.
 */
export const createWebhook = bynderAction({
  label: "Create Webhook",
  description:
    "Create a webhook configuration that sends the chosen events to an endpoint through Amazon SNS, returning its id; needs the webhooks.config:write scope and the Manage Webhooks configurations role.",
  inputs: {
    name: webhookNameInput,
    endpoint: endpointInput,
    protocol: protocolInput,
    events: eventsInput({ required: true, comments: "The events to send." }),
    preArchivedNotificationDays: preArchivedDaysInput,
  },
  method: "POST",
  path: SUBSCRIPTIONS_PATH,
  encoding: "json",
  body: {
    name: "name",
    endpoint: "endpoint",
    protocol: "protocol",
    events: "events",
    preArchivedNotificationDays: "preArchivedNotificationDays",
  },
  // Protocol is required (its default is HTTPS), so it is never blank here.
  validate: (p) => checkEndpoint(p.protocol ?? "HTTPS", p.endpoint),
  examplePayload: { data: webhookCreatedExample },
});
