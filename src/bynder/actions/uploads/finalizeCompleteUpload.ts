import { finaliseExample } from "../../examplePayloads/uploads";
import {
  chunksInput,
  originalFilenameInput,
  s3FilenameInput,
  targetIdInput,
  uploadIdInput,
} from "../../inputs/uploads";
import { bynderAction } from "../bynderAction";

export const finalizeCompleteUpload = bynderAction({
  label: "Finalize Complete Upload",
  description:
    "Finalize a completely uploaded file and return its import id, for Retrieve Poll State and Save a New Asset.",
  inputs: {
    id: uploadIdInput,
    targetId: targetIdInput,
    s3Filename: s3FilenameInput(
      "Base location of the uploaded file (s3_filename of Initialize Upload).",
    ),
    chunks: { ...chunksInput, comments: "Total number of chunks uploaded." },
    originalFilename: originalFilenameInput,
  },
  method: "POST",
  path: "/api/v4/upload/",
  encoding: "form",
  body: {
    id: "id",
    targetid: "targetId",
    s3_filename: "s3Filename",
    chunks: "chunks",
    original_filename: "originalFilename",
  },
  examplePayload: { data: finaliseExample },
});
