import { additionalExample } from "../../examplePayloads/uploads";
import { labelledAssetIdInput } from "../../inputs/assets";
import { chunksInput, s3FilenameInput, targetIdInput, uploadIdInput } from "../../inputs/uploads";
import { bynderAction } from "../bynderAction";

export const finalizeCompleteUploadAndSaveAsNewAssetAdditional = bynderAction({
  label: "Finalize Complete Upload And Save As New Asset Additional",
  description:
    "Finalize a completely uploaded file and attach it to an existing asset as an additional file in one call (no poll or save step follows); the result holds the new item's itemId, or the asset's mediaid and batchId.",
  inputs: {
    assetId: {
      ...labelledAssetIdInput,
      comments: "Asset id to which to save the new additional. Pick it from the list or map it.",
    },
    id: uploadIdInput,
    targetId: targetIdInput,
    s3Filename: s3FilenameInput(
      "Base location of the uploaded file or filename result from the last upload chunk action.",
    ),
    chunks: { ...chunksInput, comments: "Total number of chunks uploaded." },
  },
  method: "POST",
  path: "/api/v4/media/{assetId}/save/additional/{id}/",
  encoding: "form",
  body: { targetid: "targetId", s3_filename: "s3Filename", chunks: "chunks" },
  examplePayload: { data: additionalExample },
});
