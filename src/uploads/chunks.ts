import { createHash, type Hash } from "node:crypto";
import type { Readable } from "node:stream";
import { crc32 } from "node:zlib";

export const MIB = 1024 * 1024;
/** Bynder's documented minimum part size for the legacy S3 flow (every part but the last). */
export const MIN_LEGACY_CHUNK = 5 * MIB;
export const DEFAULT_CHUNK_SIZE = 5 * MIB;

/** SHA-256 and CRC-32 of a whole file, fed chunk by chunk in order: the file is never held whole. */
export class FileDigest {
  private readonly hash: Hash = createHash("sha256");
  private crc = 0;
  size = 0;

  update(data: Buffer): void {
    this.hash.update(data);
    this.crc = crc32(data, this.crc);
    this.size += data.length;
  }

  /** Lower-case hex, as the v7 finalise and our results use. Call once, after the last chunk. */
  sha256(): string {
    return this.hash.digest("hex");
  }

  /** Unsigned decimal, as Bynder's save form reads `crc32`. */
  crc32(): string {
    return String(this.crc >>> 0);
  }
}

export const sha256Hex = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Slices a buffer into views of `size` bytes (no copies). */
export async function* bufferChunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

/**
 * Re-cuts a byte stream into chunks of exactly `size` bytes (the last may be shorter). Holds at most
 * one chunk plus one read; `onBytes` sees the running total so a cap can stop the stream early.
 */
export async function* streamChunks(
  stream: Readable,
  size: number,
  onBytes: (total: number) => void = () => {},
): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  let total = 0;
  try {
    for await (const piece of stream) {
      let buf = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array);
      total += buf.length;
      onBytes(total);
      while (held + buf.length >= size) {
        const take = size - held;
        parts.push(buf.subarray(0, take));
        yield Buffer.concat(parts, size);
        parts = [];
        held = 0;
        buf = buf.subarray(take);
      }
      if (buf.length) {
        parts.push(buf);
        held += buf.length;
      }
    }
    if (held) yield Buffer.concat(parts, held);
  } finally {
    stream.destroy();
  }
}

export function chunkCount(size: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(size / chunkSize));
}
