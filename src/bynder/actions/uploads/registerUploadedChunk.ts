import { registerChunkExample } from "../../examplePayloads/uploads";
import {
  chunkFilenameInput,
  chunkNumberInput,
  targetIdInput,
  uploadIdInput,
} from "../../inputs/uploads";
import { bynderAction } from "../bynderAction";

export const registerUploadedChunk = bynderAction({
  label: "Register Uploaded Chunk",
  description:
    "Register a chunk uploaded with Upload Chunk, so Bynder can assemble the file when the upload is finalized.",
  inputs: {
    id: uploadIdInput,
    chunkNumber: chunkNumberInput,
    targetId: targetIdInput,
    filename: chunkFilenameInput,
  },
  method: "POST",
  // The id travels in the body: upload ids can begin with a dot, which breaks the path form.
  path: "/api/v4/upload/",
  encoding: "form",
  body: { id: "id", targetid: "targetId", filename: "filename", chunkNumber: "chunkNumber" },
  examplePayload: { data: registerChunkExample },
});
