import { clock, type Deadline } from "../http/clock";
import { ApiError, rephrase } from "../http/errors";
import { parseRetryAfter } from "../http/retry";

/**
 * Runs `handle` over the chunks with at most `concurrency` in flight, pulling the next chunk only
 * when a slot frees up, so memory stays at about `concurrency` chunks. The first failure stops the
 * pulling; the chunks already in flight finish (or fail) before it is thrown.
 */
export async function forEachChunk(
  chunks: AsyncIterable<Buffer>,
  concurrency: number,
  handle: (data: Buffer, index: number) => Promise<void>,
  /** Gives a chunk's buffer back (to a ChunkPool) once it is sent or has failed. */
  release: (data: Buffer) => void = () => {},
): Promise<number> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let index = 0;
  for await (const data of chunks) {
    if (failure) break;
    const n = index++;
    const task: Promise<void> = handle(data, n)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        release(data);
        running.delete(task);
      });
    running.add(task);
    if (running.size >= Math.max(1, concurrency)) await Promise.race(running);
    if (failure) break;
  }
  await Promise.all(running);
  if (failure) throw failure.error;
  return index;
}

export interface ChunkRetry {
  /** Attempts per chunk, the first included. */
  attempts: number;
  baseDelayMs: number;
}

export const DEFAULT_CHUNK_RETRY: ChunkRetry = { attempts: 4, baseDelayMs: 1000 };

/** A chunk is sent again after a 5xx, a 429, a timeout or a broken connection, never after a 4xx. */
export function chunkRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.status === undefined) return true;
  return error.status === 429 || error.status >= 500;
}

/**
 * A chunk that failed for good (every attempt, or no time left for another). A chunk exchange is
 * safe to repeat and nothing is saved before the last chunk, so the client's "may have been
 * applied" (said of any failed POST) would send the user looking in Bynder for what cannot be there.
 */
function gaveUp(error: ApiError, what: string, why: string): ApiError {
  return rephrase(
    error,
    `${what} ${why}; nothing was saved in Bynder, so the upload can simply be run again later. The last attempt: ${error.summary}`,
  );
}

/**
 * Re-runs one chunk's whole exchange (S3 POST then register, or the v7 chunk POST): both are safe to
 * repeat, S3 keys are overwritten and a chunk number is registered once. Backoff doubles per
 * attempt; a longer Retry-After (S3's SlowDown) is honoured; no wait ends past the deadline.
 */
export async function withChunkRetry<T>(
  retry: ChunkRetry,
  run: () => Promise<T>,
  warn: (message: string) => void,
  what: string,
  deadline: Deadline,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!chunkRetryable(error)) throw error;
      const failed = error as ApiError;
      if (attempt >= retry.attempts)
        throw gaveUp(failed, what, `failed on all ${attempt} attempts`);
      const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
      const delay = Math.max(backoff, parseRetryAfter(failed.retryAfter, clock().now()) ?? 0);
      if (!deadline.allows(delay))
        throw gaveUp(
          failed,
          what,
          `failed on attempt ${attempt}, and sending it again in ${Math.ceil(delay / 1000)} s would end past the execution's time limit (${Math.round(deadline.budgetMs / 60_000)} minutes after it started)`,
        );
      warn(`${what} failed (${failed.message}); sending it again in ${delay} ms.`);
      await clock().sleep(delay);
    }
  }
}
