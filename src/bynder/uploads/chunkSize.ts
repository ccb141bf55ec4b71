import { MIB } from "../../core/transfer/chunks";
import { MIN_LEGACY_CHUNK } from "./legacyProtocol";

/**
 * Legacy S3 pays one paced register call per chunk while its bytes go to S3 unpaced, so at 5 MiB a
 * chunk the pacer (10 calls a second) caps an upload at 50 MiB/s whatever the network does. A file
 * already in memory costs nothing more in larger chunks (they are views of it), so Upload File
 * spreads it over two chunks per sender, between Bynder's 5 MiB minimum and this ceiling (a failed
 * chunk is sent again whole, so it stays small enough to repeat).
 */
export const MAX_AUTO_LEGACY_CHUNK = 64 * MIB;
const CHUNKS_PER_SENDER = 2;

/** The legacy chunk size for an in-memory file of `size` bytes sent `concurrency` chunks at a time. */
export function inMemoryLegacyChunk(size: number, concurrency: number): number {
  const spread = Math.ceil(size / (Math.max(1, concurrency) * CHUNKS_PER_SENDER) / MIB) * MIB;
  return Math.min(MAX_AUTO_LEGACY_CHUNK, Math.max(MIN_LEGACY_CHUNK, spread));
}

/**
 * A streamed source holds about one chunk per sender plus one read ahead, so its chunks stay
 * within this budget: 1 GiB from a URL then needs far fewer paced register calls than at 5 MiB
 * (concurrency 4: 9 MiB chunks; 2: 16 MiB) while peak memory stays well under 64 MiB.
 */
export const STREAMED_CHUNK_BUDGET = 48 * MIB;

/** The legacy chunk size for a URL source declaring `declared` bytes (5 MiB when it declares none). */
export function streamedLegacyChunk(declared: number | undefined, concurrency: number): number {
  if (declared === undefined) return MIN_LEGACY_CHUNK;
  const senders = Math.max(1, concurrency) + 1;
  const ceiling = Math.max(
    MIN_LEGACY_CHUNK,
    Math.floor(STREAMED_CHUNK_BUDGET / senders / MIB) * MIB,
  );
  return Math.min(ceiling, inMemoryLegacyChunk(declared, concurrency));
}
