import { assetUsageDeletedExample } from "../../examplePayloads/usage";
import { integrationIdInput, usageAssetIdInput, usageUriInput } from "../../inputs/usage";
import { bynderAction } from "../bynderAction";

export const deleteAssetUsage = bynderAction({
  label: "Delete Asset Usage",
  description:
    "Delete the usage record of an asset at one location for your integration (e.g. when the page is unpublished); needs the asset.usage:write scope.",
  inputs: {
    integrationId: integrationIdInput,
    assetId: usageAssetIdInput,
    uri: usageUriInput,
  },
  method: "DELETE",
  path: "/api/media/usage",
  // In the query, as Bynder's OpenAPI and SDKs send them: Bynder reads no body on this DELETE.
  query: { integration_id: "integrationId", asset_id: "assetId", uri: "uri" },
  // Bynder answers 204 with no body.
  result: (_data, p) => ({
    deleted: true,
    integrationId: p.integrationId,
    assetId: p.assetId,
    uri: p.uri,
  }),
  examplePayload: { data: assetUsageDeletedExample },
});
