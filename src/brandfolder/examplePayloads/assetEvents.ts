/** What the Asset Events trigger receives from Brandfolder's v1 webhooks, and what it emits. */
import { assetExample, sectionExample, tagExample } from "./assets";
import { ORGANIZATION_ID } from "./brandfolders";
import { ASSET_ID, BRANDFOLDER_ID } from "./customFields";

export const WEBHOOK_ID = "oqgiju-6w1bhk-wh0001";
const EVENT_TIME = "2026-01-05T10:15:00.000Z";

/** A "skinny" delivery: the asset's key and where it lives, never its data (brandfolder-api.md). */
export const deliveryExample = {
  data: {
    attributes: {
      key: ASSET_ID,
      event_time: EVENT_TIME,
      event_type: "asset.update",
      brandfolder_key: BRANDFOLDER_ID,
      organization_key: ORGANIZATION_ID,
    },
    webhook_id: WEBHOOK_ID,
  },
};

/** The event on the trigger's Event branch, with the asset read back (Fetch Asset on). */
export const assetEventExample = {
  eventType: "asset.update",
  assetKey: ASSET_ID,
  eventTime: EVENT_TIME,
  brandfolderKey: BRANDFOLDER_ID,
  organizationKey: ORGANIZATION_ID,
  webhookId: WEBHOOK_ID,
  asset: { ...assetExample, related: { section: sectionExample, tags: [tagExample] } },
  assetError: null,
};
