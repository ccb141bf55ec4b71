import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { uploadFileExample } from "../../examplePayloads/uploads";
import { connectionInput } from "../../inputs/common";
import { fileInput } from "../../inputs/uploads";
import { bufferChunks, chunkCount } from "../../../core/transfer/chunks";
import { inMemoryLegacyChunk } from "../../uploads/chunkSize";
import { runUpload } from "../../uploads/runUpload";
import { BYNDER_REFERENCE } from "../../endpoints";
import { uploadOptionInputs, uploadPlan } from "./uploadOptions";

export const uploadFile = action({
  display: {
    label: "Upload File",
    description: `Upload a file from an earlier step in one step (chunks in parallel, each retried, then finalise, processing and save) as a new asset, a new version or an additional file. Bynder API: the legacy S3 flow (/api/upload/, /api/v4/upload/) or the files service (/v7/file_cmds/upload/), then /api/v4/media/save/ (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    file: fileInput(
      "File",
      "The file: binary data from an earlier step (Prismatic's {data, contentType}). An empty file is refused.",
    ),
    ...uploadOptionInputs,
  },
  examplePayload: { data: uploadFileExample },
  perform: async (context, params) => {
    const plan = uploadPlan(params, (m) => context.logger.warn(m));
    const client = clientFor(params.connection, context);
    const data = params.file.data;
    // Blank Chunk Size: fewer paced register calls for a large file (its chunks are views of it).
    const chunkSize =
      params.chunkSizeMib === undefined && plan.method === "legacy"
        ? inMemoryLegacyChunk(data.length, plan.concurrency)
        : plan.chunkSize;
    const result = await runUpload(
      client,
      { chunks: bufferChunks(data, chunkSize), totalChunks: chunkCount(data.length, chunkSize) },
      plan,
    );
    return { data: result };
  },
});
