import { brandfolderIdInput } from "../../inputs/customFields";
import { webhookTestSentExample } from "../../examplePayloads/webhooks";
import { operationDoc, WEBHOOK_SEND_PATH } from "../../endpoints";
import { callbackUrlInput, checkCallbackUrl, eventTypeInput } from "../../inputs/webhooks";
import { brandfolderAction } from "../../vendor";

export const sendTestWebhook = brandfolderAction({
  label: "Send Test Webhook",
  description:
    "Ask Brandfolder to post a fake event of one type to a callback URL, to check that the receiver answers 2xx before subscribing it; Brandfolder queues it and answers 202.",
  docsUrl: operationDoc("webhooks", "opIdApiV4WebhooksSendPost"),
  inputs: {
    eventType: eventTypeInput("The event type the test payload says it is."),
    brandfolderId: brandfolderIdInput,
    callbackUrl: callbackUrlInput("Where Brandfolder posts the test event."),
  },
  method: "POST",
  path: WEBHOOK_SEND_PATH,
  validate: (p) => checkCallbackUrl(p.callbackUrl),
  body: {
    data: (p) => ({
      attributes: {
        event_type: p.eventType,
        resource_type: "brandfolder",
        resource_key: p.brandfolderId,
        callback_url: p.callbackUrl,
      },
    }),
  },
  encoding: "json",
  examplePayload: { data: webhookTestSentExample },
});
