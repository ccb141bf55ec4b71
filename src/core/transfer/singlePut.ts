import type { ApiClient } from "../http/client";
import { ApiError, rephrase } from "../http/errors";
import type { UploadProtocol } from "./protocol";

export interface SinglePutOptions {
  /** The signed URL the bytes go to; it never sees the API's credentials. */
  url: string;
  contentType: string;
  /** Who stores the file, as messages name it ("the storage of …"). */
  storageName: string;
}

/**
 * The whole file in one PUT to a signed URL: a protocol of one chunk on the chunk engine, so it
 * gets the engine's retry and deadline. For files small enough to hold in memory.
 */
export function singlePutProtocol(
  client: ApiClient,
  options: SinglePutOptions,
): UploadProtocol<void, { size: number }> {
  const where = `the storage of ${options.storageName}`;
  return {
    maxConcurrency: 1,
    skipsCrc32: true,
    label: () => "The file",
    async start() {},
    async sendChunk(_, chunk, attempt) {
      if (chunk.index > 0) throw new Error("A single PUT sends the whole file as one chunk.");
      try {
        await client.requestUnauthenticated(
          options.url,
          {
            method: "PUT",
            body: { encoding: "raw", data: chunk.data, contentType: options.contentType },
            responseType: "text",
          },
          { maxRetries: 0 },
        );
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        // A one-time URL refuses a second PUT even when the first one stored the file.
        const again =
          attempt > 1 && error.status === 403
            ? " An earlier attempt got no answer and may have stored the file, but a one-time upload URL cannot be asked: run the step again (it gets a new URL)."
            : "";
        throw rephrase(error, `The file was refused by ${where}: ${error.summary}${again}`);
      }
    },
    async finish(_, sent) {
      return { size: sent.size };
    },
  };
}
