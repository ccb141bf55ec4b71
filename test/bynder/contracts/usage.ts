import {
  assetUsageDeletedExample,
  assetUsageExample,
  assetUsageListExample,
  assetUsageSyncExample,
} from "../../../src/bynder/examplePayloads/usage";
import type { Contracts } from "./types";

const INTEGRATION = assetUsageExample.integration.id;
const ASSET = assetUsageExample.asset_id;
const URI = assetUsageExample.uri;

export const usageContracts: Contracts = {
  createAssetUsage: {
    inputs: {
      integrationId: INTEGRATION,
      assetId: ASSET,
      uri: URI,
      timestamp: "2026-03-12T08:30:00Z",
      additional: "Product page hero",
    },
    requests: [
      {
        method: "POST",
        path: "/api/media/usage",
        encoding: "form",
        body: {
          integration_id: INTEGRATION,
          asset_id: ASSET,
          uri: URI,
          timestamp: "2026-03-12T08:30:00Z",
          additional: "Product page hero",
        },
        reply: { body: assetUsageExample },
      },
    ],
  },
  listAssetUsage: {
    inputs: { assetId: ASSET, integrationId: INTEGRATION, uri: "" },
    requests: [
      {
        method: "GET",
        path: "/api/media/usage",
        query: { asset_id: ASSET, integration_id: INTEGRATION },
        reply: { body: assetUsageListExample },
      },
    ],
  },
  deleteAssetUsage: {
    inputs: { integrationId: INTEGRATION, assetId: ASSET, uri: URI },
    requests: [
      {
        method: "DELETE",
        path: "/api/media/usage",
        query: { integration_id: INTEGRATION, asset_id: ASSET, uri: URI },
        reply: { status: 204, body: "" },
      },
    ],
    expected: assetUsageDeletedExample,
  },
  syncAssetUsage: {
    inputs: {
      integrationId: INTEGRATION,
      uris: [URI, "https://www.acme.com/products/retired-runner"],
      usages: JSON.stringify([{ asset_id: ASSET, uri: URI, additional: "Product page hero" }]),
    },
    requests: [
      {
        method: "POST",
        path: "/api/media/usage/sync",
        encoding: "json",
        body: {
          integration_id: INTEGRATION,
          uris: [URI, "https://www.acme.com/products/retired-runner"],
          usages: [{ asset_id: ASSET, uri: URI, additional: "Product page hero" }],
        },
        reply: { body: assetUsageSyncExample },
      },
    ],
  },
};
