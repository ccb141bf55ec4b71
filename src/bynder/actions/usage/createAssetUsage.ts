import { assetUsageExample } from "../../examplePayloads/usage";
import {
  integrationIdInput,
  usageAdditionalInput,
  usageAssetIdInput,
  usageTimestampInput,
  usageUriInput,
} from "../../inputs/usage";
import { bynderAction } from "../bynderAction";

export const createAssetUsage = bynderAction({
  label: "Create Asset Usage",
  description:
    "Record where an asset is published (a page, product or post of your integration) so Bynder shows it in the asset's usage; needs the asset.usage:write scope.",
  inputs: {
    integrationId: integrationIdInput,
    assetId: usageAssetIdInput,
    uri: usageUriInput,
    timestamp: usageTimestampInput,
    additional: usageAdditionalInput,
  },
  method: "POST",
  path: "/api/media/usage",
  encoding: "form",
  body: {
    integration_id: "integrationId",
    asset_id: "assetId",
    uri: "uri",
    timestamp: "timestamp",
    additional: "additional",
  },
  examplePayload: { data: assetUsageExample },
});
