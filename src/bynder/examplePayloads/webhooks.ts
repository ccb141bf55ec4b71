import type { Subscription } from "../webhooks/subscriptions";

export const WEBHOOK_ID = "9b2f4c1e-6a3d-4e8b-b7c5-1d2e3f4a5b6c";

/** A webhook configuration as Bynder's v7 API returns it. */
export const webhookExample: Subscription = {
  id: WEBHOOK_ID,
  name: "Prismatic: new assets",
  endpoint: "https://hooks.example.com/bynder",
  protocol: "HTTPS",
  events: ["asset_bank.media.create", "asset_bank.media.meta_updated"],
  preArchivedNotificationDays: 5,
  status: 1,
  confirmed: true,
};

export const webhookListExample: Subscription[] = [webhookExample];
export const webhookCreatedExample = { id: WEBHOOK_ID };
export const webhookDeletedExample = { deleted: true, id: WEBHOOK_ID };
