import { z } from "zod";
import type { BynderClient } from "../client/clientFor";
import { sha256Hex } from "../../core/transfer/chunks";
import type { UploadProtocol } from "../../core/transfer/protocol";

/** Bynder's files service (v7): prepare, raw chunks numbered from 0, finalise. Saving follows. */

export const PREPARE_PATH = "/v7/file_cmds/upload/prepare";
export const CHUNK_PATH = "/v7/file_cmds/upload/{fileId}/chunk/{n}";
export const FINALISE_PATH = "/v7/file_cmds/upload/{fileId}/finalise_api";

export async function prepareV7(client: BynderClient): Promise<string> {
  const { data } = await client.request<unknown>({
    method: "POST",
    path: PREPARE_PATH,
    body: { encoding: "json", value: {} },
  });
  const parsed = z.looseObject({ file_id: z.string().min(1) }).safeParse(data);
  if (!parsed.success) throw new Error("Bynder's upload prepare answer had no file_id.");
  return parsed.data.file_id;
}

/** One chunk as raw bytes, numbered from 0, with its own SHA-256 for Bynder to check. */
export async function postChunkV7(
  client: BynderClient,
  fileId: string,
  n: number,
  data: Buffer,
  sha256: string,
): Promise<void> {
  await client.request(
    {
      method: "POST",
      path: CHUNK_PATH,
      pathParams: { fileId, n },
      body: { encoding: "raw", data, contentType: "application/octet-stream" },
      headers: { "Content-SHA256": sha256 },
    },
    { maxRetries: 0 },
  );
}

export async function finaliseV7(
  client: BynderClient,
  fileId: string,
  fields: { fileName: string; fileSize: number; chunksCount: number; sha256: string },
): Promise<{ correlationId?: string }> {
  const { headers } = await client.request({
    method: "POST",
    path: FINALISE_PATH,
    pathParams: { fileId },
    body: { encoding: "form", fields: { ...fields } },
  });
  return { correlationId: headers["x-api-correlation-id"] };
}

/** The files service as an upload protocol; finish answers the file id that the save takes. */
export function v7Protocol(
  client: BynderClient,
  file: { fileName: string },
): UploadProtocol<string, { id: string }> {
  return {
    needsSha256: true,
    label: (index) => `Chunk ${index} (numbered from 0)`,
    start: () => prepareV7(client),
    sendChunk: (fileId, { index, data }) =>
      postChunkV7(client, fileId, index, data, sha256Hex(data)),
    async finish(fileId, sent) {
      await finaliseV7(client, fileId, {
        fileName: file.fileName,
        fileSize: sent.size,
        chunksCount: sent.chunks,
        sha256: sent.sha256 as string,
      });
      return { id: fileId };
    },
  };
}
