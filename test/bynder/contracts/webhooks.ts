import {
  WEBHOOK_ID,
  webhookCreatedExample,
  webhookExample,
} from "../../../src/bynder/examplePayloads/webhooks";
import type { Contracts } from "./types";

const ONE = `/v7/webhooks/public/api/subscriptions/${WEBHOOK_ID}`;

export const webhooksContracts: Contracts = {
  listWebhooks: {
    inputs: {},
    requests: [{ method: "GET", path: "/v7/webhooks/public/api/subscriptions" }],
  },
  getWebhook: {
    inputs: { id: WEBHOOK_ID },
    requests: [{ method: "GET", path: ONE }],
  },
  // Created without an id in the path (see createWebhook.ts), blank days left out.
  createWebhook: {
    inputs: {
      name: "Prismatic: new assets",
      endpoint: "https://hooks.example.com/bynder",
      protocol: "HTTPS",
      events: ["asset_bank.media.create", "asset_bank.media.meta_updated"],
      preArchivedNotificationDays: "",
    },
    requests: [
      {
        method: "POST",
        path: "/v7/webhooks/public/api/subscriptions",
        encoding: "json",
        body: {
          name: "Prismatic: new assets",
          endpoint: "https://hooks.example.com/bynder",
          protocol: "HTTPS",
          events: ["asset_bank.media.create", "asset_bank.media.meta_updated"],
        },
        reply: { status: 201, body: webhookCreatedExample },
      },
    ],
  },
  // Events go by PUT, name and status by PATCH; the result is read back.
  updateWebhook: {
    inputs: {
      id: WEBHOOK_ID,
      events: ["asset_bank.media.create", "asset_bank.media.meta_updated"],
      preArchivedNotificationDays: "5",
      name: "Prismatic: new assets",
      status: "1",
    },
    requests: [
      {
        method: "PUT",
        path: ONE,
        encoding: "json",
        body: {
          events: ["asset_bank.media.create", "asset_bank.media.meta_updated"],
          preArchivedNotificationDays: 5,
        },
        reply: { status: 200, body: "" },
      },
      {
        method: "PATCH",
        path: ONE,
        encoding: "json",
        body: { name: "Prismatic: new assets", status: 1 },
        reply: { status: 200, body: "" },
      },
      { method: "GET", path: ONE, reply: { body: webhookExample } },
    ],
  },
  deleteWebhook: {
    inputs: { id: WEBHOOK_ID },
    requests: [{ method: "DELETE", path: ONE, reply: { status: 204, body: "" } }],
  },
};
