/** Webhook subscriptions (v1) as Brandfolder answers them (v4 OpenAPI, tag webhooks). */
import { BRANDFOLDER_ID } from "./customFields";

export const WEBHOOK_ID = "oqgkkd-fr5iv4-hh142d";
export const CALLBACK_URL = "https://hooks.example.com/brandfolder/assets";

export const webhookExample = {
  id: WEBHOOK_ID,
  attributes: {
    event_type: "asset.create",
    resource_key: BRANDFOLDER_ID,
    resource_type: "brandfolder",
    callback_url: CALLBACK_URL,
  },
};

export const webhookListExample = {
  data: [
    webhookExample,
    {
      id: "oqgkkd-fr5iv4-hh1507",
      attributes: { ...webhookExample.attributes, event_type: "asset.delete" },
    },
  ],
};

export const webhookDeletedExample = { deleted: true as const, id: WEBHOOK_ID };

/** POST /webhooks/send answers 202 with this queue note. */
export const webhookTestSentExample = { message: "Added demo webhook to queue", status: "ok" };
