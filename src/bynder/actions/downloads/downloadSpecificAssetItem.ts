import { downloadLocationExample } from "../../examplePayloads/uploads";
import { labelledAssetIdInput } from "../../inputs/assets";
import { hashInput, itemIdInput } from "../../inputs/uploads";
import { bynderAction } from "../bynderAction";

export const downloadSpecificAssetItem = bynderAction({
  label: "Download Specific Asset Item",
  description:
    "Retrieve the temporary download location (s3_file) of a specific asset item; use Download Asset to get the bytes themselves.",
  inputs: {
    id: {
      ...labelledAssetIdInput,
      comments: "The id of the asset you'd like to download a item of.",
    },
    itemId: itemIdInput,
    hash: hashInput,
  },
  method: "GET",
  path: "/api/v4/media/{id}/download/{itemId}/",
  query: { hash: "hash" },
  examplePayload: { data: downloadLocationExample },
});
