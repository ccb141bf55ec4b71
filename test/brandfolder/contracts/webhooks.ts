import { ORGANIZATION_ID } from "../../../src/brandfolder/examplePayloads/brandfolders";
import { ASSET_ID, BRANDFOLDER_ID } from "../../../src/brandfolder/examplePayloads/customFields";
import {
  CALLBACK_URL,
  webhookTestSentExample,
  WEBHOOK_ID,
} from "../../../src/brandfolder/examplePayloads/webhooks";
import type { Contracts } from "./types";

const attributes = (eventType: string) => ({
  event_type: eventType,
  resource_type: "brandfolder",
  resource_key: BRANDFOLDER_ID,
  callback_url: CALLBACK_URL,
});

/** Webhook subscriptions, all on the v1 prefix. */
export const webhooksContracts: Contracts = {
  listWebhooks: {
    inputs: {},
    requests: [{ method: "GET", path: "/api/v1/webhooks" }],
  },
  getWebhook: {
    inputs: { webhookId: WEBHOOK_ID },
    requests: [{ method: "GET", path: `/api/v1/webhooks/${WEBHOOK_ID}` }],
  },
  createWebhook: {
    inputs: { eventType: "asset.create", brandfolderId: BRANDFOLDER_ID, callbackUrl: CALLBACK_URL },
    requests: [
      {
        method: "POST",
        path: "/api/v1/webhooks",
        body: { data: { attributes: attributes("asset.create") } },
      },
    ],
  },
  deleteWebhook: {
    inputs: { webhookId: WEBHOOK_ID },
    requests: [{ method: "DELETE", path: `/api/v1/webhooks/${WEBHOOK_ID}`, reply: { body: {} } }],
  },
  sendTestWebhook: {
    inputs: {
      eventType: "asset.delete",
      brandfolderId: BRANDFOLDER_ID,
      callbackUrl: CALLBACK_URL,
      assetId: ASSET_ID,
      organizationId: ORGANIZATION_ID,
    },
    requests: [
      {
        method: "POST",
        path: "/api/v1/webhooks/send",
        body: {
          data: {
            attributes: {
              ...attributes("asset.delete"),
              asset_key: ASSET_ID,
              organization_key: ORGANIZATION_ID,
            },
          },
        },
        reply: { status: 202, body: webhookTestSentExample },
      },
    ],
  },
};
