import { clock, type Deadline } from "../http/clock";
import { ApiError, rephrase } from "../http/errors";
import { parseRetryAfter } from "../http/retry";
import { FileDigest } from "./chunks";
import { forEachChunk } from "./pool";
import type { Chunk, ChunkRetry, ChunkSource, SentFile, UploadProtocol } from "./protocol";

export interface EngineOptions {
  concurrency: number;
  retry: ChunkRetry;
  /** The operation's one deadline (client.deadline): no chunk retry waits past it. */
  deadline: Deadline;
  warn: (message: string) => void;
  /** Who stores the file, as messages name it. */
  vendorName: string;
}

/** Numbers each chunk and feeds it to the digest in file order, before the parallel senders. */
async function* ordered(chunks: AsyncIterable<Buffer>, digest: FileDigest) {
  let index = 0;
  let offset = 0;
  for await (const data of chunks) {
    digest.update(data);
    yield { index: index++, offset, data };
    offset += data.length;
  }
}

/**
 * The whole chunk upload: start, every chunk sent with at most `concurrency` in flight (each retried
 * on its own), then finish once. Memory stays at about `concurrency` chunks of the source.
 */
export async function uploadChunks<S, F>(
  protocol: UploadProtocol<S, F>,
  source: ChunkSource,
  options: EngineOptions,
): Promise<{ finished: F; sent: SentFile }> {
  const info = { totalChunks: source.totalChunks, size: source.size };
  const session = await protocol.start(info);
  const digest = new FileDigest(protocol.needsSha256, !protocol.skipsCrc32);
  const release = source.release ?? (() => {});
  const sent = await forEachChunk(
    ordered(source.chunks, digest),
    Math.min(options.concurrency, protocol.maxConcurrency ?? Infinity),
    (chunk) =>
      withChunkRetry(
        options,
        (attempt) => protocol.sendChunk(session, chunk, attempt),
        protocol.label(chunk.index, info.totalChunks),
      ),
    (chunk: Chunk) => release(chunk.data),
  );
  if (info.totalChunks !== undefined && sent !== info.totalChunks)
    throw new Error(
      `The file had ${sent} chunks where ${info.totalChunks} were expected: its size changed.`,
    );
  const file: SentFile = {
    chunks: sent,
    size: digest.size,
    sha256: digest.sha256(),
    crc32: digest.crc32(),
  };
  return { finished: await protocol.finish(session, file), sent: file };
}

/** A chunk is sent again after a 5xx, a 429, a timeout or a broken connection, never after a 4xx. */
export function chunkRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === undefined) return true;
  return error.status === 429 || error.status >= 500;
}

/**
 * A chunk that failed for good (every attempt, or no time left for another). A chunk exchange is
 * safe to repeat and nothing is stored before finish, so the client's "may have been applied"
 * (said of any failed POST) would send the user looking for what cannot be there.
 */
function gaveUp(error: ApiError, what: string, why: string, vendor: string) {
  return rephrase(
    error,
    `${what} ${why}; nothing was saved in ${vendor}, so the upload can simply be run again later. The last attempt: ${error.summary}`,
  );
}

/**
 * Re-runs one chunk's whole exchange, which a protocol keeps safe to repeat. Backoff doubles per
 * attempt; a longer Retry-After (a bucket's SlowDown) is honoured; no wait ends past the deadline.
 */
export async function withChunkRetry<T>(
  options: Pick<EngineOptions, "retry" | "deadline" | "warn" | "vendorName">,
  run: (attempt: number) => Promise<T>,
  what: string,
): Promise<T> {
  const { retry, deadline } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      if (!chunkRetryable(error)) throw error;
      const failed = error as ApiError;
      if (attempt >= retry.attempts)
        throw gaveUp(failed, what, `failed on all ${attempt} attempts`, options.vendorName);
      const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
      const delay = Math.max(backoff, parseRetryAfter(failed.retryAfter, clock().now()) ?? 0);
      if (!deadline.allows(delay))
        throw gaveUp(
          failed,
          what,
          `failed on attempt ${attempt}, and sending it again in ${Math.ceil(delay / 1000)} s would end past the execution's time limit (${Math.round(deadline.budgetMs / 60_000)} minutes after it started)`,
          options.vendorName,
        );
      options.warn(`${what} failed (${failed.message}); sending it again in ${delay} ms.`);
      await clock().sleep(delay);
    }
  }
}
