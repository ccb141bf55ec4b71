import { assetUsageListExample } from "../../examplePayloads/usage";
import {
  optionalIntegrationIdInput,
  optionalUsageUriInput,
  usageAssetIdInput,
} from "../../inputs/usage";
import { bynderAction } from "../bynderAction";

export const listAssetUsage = bynderAction({
  label: "List Asset Usage",
  description:
    "List where an asset is published, as recorded by integrations, optionally only for one integration or location; needs the asset.usage:read scope.",
  inputs: {
    assetId: usageAssetIdInput,
    integrationId: optionalIntegrationIdInput,
    uri: optionalUsageUriInput,
  },
  method: "GET",
  path: "/api/media/usage",
  query: { asset_id: "assetId", integration_id: "integrationId", uri: "uri" },
  examplePayload: { data: assetUsageListExample },
});
