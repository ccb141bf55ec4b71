import { webhookListExample } from "../../examplePayloads/webhooks";
import { operationDoc, WEBHOOKS_PATH } from "../../endpoints";
import { brandfolderAction } from "../../vendor";

export const listWebhooks = brandfolderAction({
  label: "List Webhooks",
  description:
    "List the active webhook subscriptions of the connection's user, each with its event type, Brandfolder and callback URL.",
  docsUrl: operationDoc("webhooks", "opIdApiV4WebhooksGet"),
  inputs: {},
  method: "GET",
  path: WEBHOOKS_PATH,
  examplePayload: { data: webhookListExample },
});
