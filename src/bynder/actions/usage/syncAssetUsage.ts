import { assetUsageSyncExample } from "../../examplePayloads/usage";
import { integrationIdInput, syncUrisInput, syncUsagesInput } from "../../inputs/usage";
import { bynderAction } from "../bynderAction";

export const syncAssetUsage = bynderAction({
  label: "Sync Asset Usage",
  description:
    "Replace all usage your integration recorded at the given URIs with the given list, returning what was accepted, new, rejected and removed; needs the asset.usage:write scope.",
  inputs: {
    integrationId: integrationIdInput,
    uris: syncUrisInput,
    usages: syncUsagesInput,
  },
  method: "POST",
  path: "/api/media/usage/sync",
  encoding: "json",
  body: { integration_id: "integrationId", uris: "uris", usages: "usages" },
  examplePayload: { data: assetUsageSyncExample },
});
