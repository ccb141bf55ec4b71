import type { ApiClient } from "../http/client";
import { ApiError, rephrase } from "../http/errors";
import type { Chunk, SourceInfo, UploadProtocol } from "./protocol";

/**
 * The resumable upload protocol of Google Cloud Storage (and of any service that speaks it): a
 * POST with `x-goog-resumable: start` opens a session (201 + Location), chunks go in order as PUTs
 * with `Content-Range`, each answered 308 + `Range` (what the server holds) until the last one is
 * answered 200/201. A chunk cut off mid-way is not sent again whole: the next attempt asks the
 * server what it holds (`Content-Range: bytes *\/*`) and sends only the rest.
 */

/** Every chunk but the last must be a multiple of this. */
export const RESUMABLE_UNIT = 256 * 1024;

export interface ResumableOptions {
  /** The signed URL a session is opened at; it never sees the API's credentials. */
  startUrl: string;
  /** The file's type, said when the session opens and with every chunk. */
  contentType: string;
  /** The size of every chunk but the last: a multiple of RESUMABLE_UNIT. */
  chunkSize: number;
  /** Who stores the file, as messages name it ("the storage of …"). */
  storageName: string;
}

export interface ResumableSession {
  location: string;
  /** Bytes the server confirmed it holds, from 0. */
  persisted: number;
  /** The server answered 200/201: the object is complete. */
  done: boolean;
  size?: number;
  /** Bytes sent to the server, all attempts together (a resumed chunk adds only its rest). */
  sentBytes: number;
}

/** `Range: bytes=0-N` → N + 1 bytes held; no header → none. */
export function heldBytes(range: string | undefined): number {
  const m = /^bytes=0-(\d+)$/.exec((range ?? "").trim());
  return m ? Number(m[1]) + 1 : 0;
}

const isDone = (status: number) => status === 200 || status === 201;

export function resumableProtocol(
  client: ApiClient,
  options: ResumableOptions,
): UploadProtocol<ResumableSession, { size: number; sentBytes: number }> {
  if (options.chunkSize % RESUMABLE_UNIT !== 0)
    throw new Error(`A resumable chunk must be a multiple of 256 KiB (got ${options.chunkSize}).`);
  const where = `the storage of ${options.storageName}`;

  const put = async (s: ResumableSession, data: Buffer, range: string) => {
    const response = await client.requestUnauthenticated<string>(
      s.location,
      {
        method: "PUT",
        body: { encoding: "raw", data, contentType: options.contentType },
        headers: { "Content-Range": range },
        responseType: "text",
        // 308 is this protocol's "go on", not a redirect.
        acceptRedirects: true,
      },
      // One retry layer: the engine re-runs the chunk, and resumes it.
      { maxRetries: 0 },
    );
    s.sentBytes += data.length;
    if (isDone(response.status)) s.done = true;
    else if (response.status === 308) s.persisted = heldBytes(response.headers.range);
    else throw new Error(`${where} answered ${response.status} to ${range}, not 308 or 200.`);
    return response.status;
  };

  /** Asks how much the server holds (`*`), or ends the upload at `total` bytes. */
  const ask = (s: ResumableSession, total = "*") =>
    put(s, Buffer.alloc(0), `bytes */${total}`).then(() => undefined);

  const named = (error: unknown, what: string) =>
    error instanceof ApiError
      ? rephrase(error, `${what} was refused by ${where}: ${error.summary}`)
      : error;

  return {
    maxConcurrency: 1,
    skipsCrc32: true,
    label: (index, total) => `Chunk ${index + 1}${total ? ` of ${total}` : ""}`,
    async start(info: SourceInfo) {
      const response = await client
        .requestUnauthenticated<string>(options.startUrl, {
          method: "POST",
          body: { encoding: "raw", data: Buffer.alloc(0), contentType: options.contentType },
          headers: { "x-goog-resumable": "start" },
          responseType: "text",
        })
        .catch((error: unknown) => {
          throw named(error, "Opening the resumable upload");
        });
      const location = response.headers.location;
      if (!location)
        throw new Error(`${where} opened no resumable upload (its answer had no Location).`);
      return { location, persisted: 0, done: false, size: info.size, sentBytes: 0 };
    },
    async sendChunk(s, chunk: Chunk, attempt) {
      if (attempt > 1) await ask(s);
      const end = chunk.offset + chunk.data.length;
      // Streams end with a short chunk; a source of known size says which chunk is its last.
      const last = s.size !== undefined ? end >= s.size : chunk.data.length < options.chunkSize;
      const total = last ? String(end) : "*";
      while (!s.done && s.persisted < end) {
        const from = s.persisted;
        if (from < chunk.offset)
          throw new Error(
            `${where} holds only ${from} bytes where chunk ${chunk.index + 1} starts at byte ${chunk.offset}: the upload cannot be resumed; run it again.`,
          );
        await put(s, chunk.data.subarray(from - chunk.offset), `bytes ${from}-${end - 1}/${total}`);
        if (!s.done && s.persisted <= from)
          throw new Error(`${where} kept none of the bytes from ${from} on; run the upload again.`);
      }
    },
    async finish(s, sent) {
      // A stream whose last chunk was full-sized: its total is known only now.
      if (!s.done) await ask(s, String(sent.size));
      if (!s.done)
        throw new Error(
          `${where} did not confirm the whole file (${s.persisted} of ${sent.size} bytes).`,
        );
      return { size: sent.size, sentBytes: s.sentBytes };
    },
  };
}
