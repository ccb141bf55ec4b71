import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { uploadChunkExample } from "../../examplePayloads/uploads";
import { InputError } from "../../../core/inputs/clean";
import { connectionInput } from "../../inputs/common";
import {
  chunkInput,
  chunksInput,
  fileInput,
  multipartParametersInput,
  uploadUrlInput,
} from "../../inputs/uploads";
import { postChunkToS3 } from "../../uploads/legacyProtocol";
import { BYNDER_REFERENCE } from "../../endpoints";

export const uploadChunk = action({
  display: {
    label: "Upload Chunk",
    description: `Upload a chunk of a file to the S3 endpoint, with Initialize Upload's multipart parameters and without the Bynder token; the result's filename is what Register Uploaded Chunk needs. S3 API: POST <Upload URL> (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    uploadUrl: uploadUrlInput,
    file: fileInput(
      "File",
      "File or chunk of the file to be uploaded (binary data from an earlier step). Every chunk but the last must be at least 5 MB.",
    ),
    chunk: chunkInput,
    chunks: chunksInput,
    multipartParameters: multipartParametersInput,
  },
  examplePayload: { data: uploadChunkExample },
  perform: async (context, { connection, uploadUrl, file, chunk, chunks, multipartParameters }) => {
    const [n, total] = [chunk as number, chunks as number];
    // Named after Chunks: the two are checked together, and Chunk alone may be any number from 1.
    if (n > total)
      throw new InputError(
        "Chunks",
        `is ${total}, below "Chunk" (${n}): chunks are numbered from 1 to Chunks.`,
      );
    const client = clientFor(connection, context);
    const sent = await postChunkToS3(client, uploadUrl, multipartParameters, n, total, file.data);
    return { data: { chunk: n, chunks: total, ...sent } };
  },
});
