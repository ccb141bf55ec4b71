import { brandfolderIdInput } from "../../inputs/customFields";
import { webhookTestSentExample } from "../../examplePayloads/webhooks";
import { operationDoc, WEBHOOK_SEND_PATH } from "../../endpoints";
import {
  callbackUrlInput,
  checkCallbackUrl,
  eventTypeInput,
  subscriptionAttributes,
  testAssetIdInput,
  testOrganizationIdInput,
} from "../../inputs/webhooks";
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
    assetId: testAssetIdInput,
    organizationId: testOrganizationIdInput,
  },
  method: "POST",
  path: WEBHOOK_SEND_PATH,
  validate: (p) => checkCallbackUrl(p.callbackUrl),
  body: {
    data: (p) => ({
      attributes: {
        ...subscriptionAttributes(p),
        ...(p.assetId === undefined ? {} : { asset_key: p.assetId }),
        ...(p.organizationId === undefined ? {} : { organization_key: p.organizationId }),
      },
    }),
  },
  encoding: "json",
  examplePayload: { data: webhookTestSentExample },
});
