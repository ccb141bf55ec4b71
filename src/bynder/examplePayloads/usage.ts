/** An asset usage record as GET/POST /api/media/usage return it. */
export const assetUsageExample = {
  id: "0c4e8a2b-6d1f-4b3a-9e5c-7f8a9b0c1d2e",
  asset_id: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
  uri: "https://www.acme.com/products/trail-runner",
  additional: "Product page hero",
  timestamp: "2026-03-12T08:30:00Z",
  integration: { id: "2d7c1a9e-4b3f-4e5a-8c6d-0e1f2a3b4c5d", description: "Acme web shop" },
};

export const assetUsageListExample = [assetUsageExample];

export const assetUsageDeletedExample = {
  deleted: true,
  integrationId: assetUsageExample.integration.id,
  assetId: assetUsageExample.asset_id,
  uri: assetUsageExample.uri,
};

/** Bynder's answer to POST /api/media/usage/sync. */
export const assetUsageSyncExample = {
  accepted: [
    {
      asset_id: assetUsageExample.asset_id,
      uri: assetUsageExample.uri,
      additional: "Product page hero",
    },
  ],
  new: [assetUsageExample],
  rejected: [],
  removed: [
    {
      asset_id: assetUsageExample.asset_id,
      uri: "https://www.acme.com/products/retired-runner",
    },
  ],
};
