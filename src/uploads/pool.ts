import { clock } from "../client/clock";
import { BynderApiError, MAY_HAVE_BEEN_APPLIED } from "../client/errors";

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
  if (!(error instanceof BynderApiError)) return false;
  if (error.status === undefined) return true;
  return error.status === 429 || error.status >= 500;
}

/**
 * A chunk that failed on every attempt. A chunk exchange is safe to repeat and nothing is saved
 * before the last chunk, so the client's "may have been applied" (said of any failed POST) would
 * send the user looking in Bynder for something that cannot be there.
 */
function gaveUp(error: BynderApiError, what: string, attempts: number): BynderApiError {
  const last = error.message.replace(` ${MAY_HAVE_BEEN_APPLIED}`, "");
  return new BynderApiError(
    {
      method: error.method,
      url: error.url,
      status: error.status,
      bynderMessage: error.bynderMessage,
      bynderCode: error.bynderCode,
      fields: error.details,
    },
    `${what} failed on all ${attempts} attempts; nothing was saved in Bynder, so the upload can simply be run again later. The last attempt: ${last}`,
  );
}

/**
 * Re-runs one chunk's whole exchange (S3 POST then register, or the v7 chunk POST): both are safe to
 * repeat, S3 keys are overwritten and a chunk number is registered once. Backoff doubles per attempt.
 */
export async function withChunkRetry<T>(
  retry: ChunkRetry,
  run: () => Promise<T>,
  warn: (message: string) => void,
  what: string,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!chunkRetryable(error)) throw error;
      if (attempt >= retry.attempts) throw gaveUp(error as BynderApiError, what, attempt);
      const delay = retry.baseDelayMs * 2 ** (attempt - 1);
      warn(`${what} failed (${(error as Error).message}); sending it again in ${delay} ms.`);
      await clock().sleep(delay);
    }
  }
}
