import { createHash, type Hash } from "node:crypto";
import type { Readable } from "node:stream";
import { crc32 } from "node:zlib";

export const MIB = 1024 * 1024;
/** Sizes users give in MB (Max Size inputs) are decimal. */
export const MB = 1_000_000;
export const DEFAULT_CHUNK_SIZE = 5 * MIB;

/**
 * CRC-32 (and SHA-256 when asked) of a whole file, fed chunk by chunk in order: the file is never
 * held whole. SHA-256 costs CPU on the sending path, so only a protocol that sends it asks.
 */
export class FileDigest {
  private readonly hash?: Hash;
  private crc = 0;
  size = 0;

  constructor(
    sha256 = false,
    private readonly withCrc32 = true,
  ) {
    if (sha256) this.hash = createHash("sha256");
  }

  update(data: Buffer): void {
    this.hash?.update(data);
    if (this.withCrc32) this.crc = crc32(data, this.crc);
    this.size += data.length;
  }

  /** Lower-case hex. Call once, after the last chunk. */
  sha256(): string | undefined {
    return this.hash?.digest("hex");
  }

  /** Unsigned decimal; undefined when it was not computed. */
  crc32(): string | undefined {
    return this.withCrc32 ? String(this.crc >>> 0) : undefined;
  }
}

export const sha256Hex = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Slices a buffer into views of `size` bytes (no copies). */
export async function* bufferChunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

/**
 * A fixed set of chunk buffers, reused once a chunk is sent, so a long stream never allocates more
 * than `max` chunks (garbage chunks awaiting collection would otherwise inflate memory).
 */
export class ChunkPool {
  private readonly free: Buffer[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly owner = new WeakMap<Buffer, Buffer>();
  private made = 0;

  constructor(
    readonly size: number,
    readonly max: number,
  ) {}

  async acquire(): Promise<Buffer> {
    for (;;) {
      const buf = this.free.pop();
      if (buf) return buf;
      if (this.made < this.max) {
        this.made += 1;
        return Buffer.allocUnsafe(this.size);
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Hands out a view of a pooled buffer, remembered so `release` can take the view back. */
  view(buf: Buffer, length: number): Buffer {
    const v = buf.subarray(0, length);
    this.owner.set(v, buf);
    return v;
  }

  release(view: Buffer): void {
    const buf = this.owner.get(view);
    if (!buf) return;
    this.owner.delete(view);
    this.free.push(buf);
    this.waiting.shift()?.();
  }
}

/**
 * Re-cuts a byte stream into chunks of exactly `size` bytes (the last may be shorter), copied into
 * the pool's buffers: memory stays at the pool's size. `onBytes` sees the running total so a cap can
 * stop the stream early. Each chunk must be given back with `pool.release` once sent.
 */
export async function* streamChunks(
  stream: Readable,
  pool: ChunkPool,
  onBytes: (total: number) => void = () => {},
): AsyncGenerator<Buffer> {
  let buf: Buffer | undefined;
  let held = 0;
  let total = 0;
  try {
    for await (const piece of stream) {
      let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array);
      total += rest.length;
      onBytes(total);
      while (rest.length) {
        buf ??= await pool.acquire();
        const n = rest.copy(buf, held);
        held += n;
        rest = rest.subarray(n);
        if (held === pool.size) {
          yield pool.view(buf, held);
          buf = undefined;
          held = 0;
        }
      }
    }
    if (buf && held) yield pool.view(buf, held);
  } finally {
    stream.destroy();
  }
}

export function chunkCount(size: number, chunkSize: number): number {
  return Math.max(1, Math.ceil(size / chunkSize));
}
