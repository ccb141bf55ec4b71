import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { BynderClient } from "../client/createBynderClient";
import { ChunkPool, chunkCount, streamChunks } from "./chunks";
import type { UploadSource } from "./flow";

export class SourceTooLargeError extends Error {
  constructor(capMb: number) {
    super(
      `The source file is larger than Max Size (${capMb} MB): nothing was saved. Raise Max Size if the file can be uploaded within the execution's 15 minutes.`,
    );
    this.name = "SourceTooLargeError";
  }
}

/**
 * Opens a URL as a stream of chunks, never with the Bynder token and never held whole: with a
 * Content-Length the chunks stream straight through; without one the legacy flow (which needs the
 * chunk count up front) spools to a temporary file within the cap, while v7 streams regardless.
 */
export async function openUrlSource(
  client: BynderClient,
  url: string,
  options: {
    chunkSize: number;
    capBytes: number;
    capMb: number;
    needCount: boolean;
    concurrency: number;
  },
): Promise<{ source: UploadSource; size?: number; cleanup: () => Promise<void> }> {
  // The next chunk is read only once one of the `concurrency` in flight is done: that many suffice.
  const pool = new ChunkPool(options.chunkSize, options.concurrency);
  const release = (data: Buffer) => pool.release(data);
  const response = await client.requestUnauthenticated<Readable>(url, {
    method: "GET",
    responseType: "stream",
    headers: { Accept: "*/*" },
    allowHttp: true,
  });
  const stream = response.data;
  const declaredText = response.headers["content-length"];
  const declared = declaredText === undefined ? undefined : Number(declaredText);
  const guard = (total: number) => {
    if (total > options.capBytes) throw new SourceTooLargeError(options.capMb);
    if (declared !== undefined && total > declared)
      throw new Error(`The source sent more than its Content-Length (${declared} bytes).`);
  };
  if (declared !== undefined && Number.isFinite(declared)) {
    if (declared > options.capBytes) {
      stream.destroy();
      throw new SourceTooLargeError(options.capMb);
    }
    if (declared === 0) {
      stream.destroy();
      throw new Error("The source file is empty (0 bytes): Bynder cannot store an empty file.");
    }
    return {
      source: {
        chunks: streamChunks(stream, pool, guard),
        totalChunks: chunkCount(declared, options.chunkSize),
        release,
      },
      size: declared,
      cleanup: async () => void stream.destroy(),
    };
  }
  if (!options.needCount)
    return {
      source: { chunks: streamChunks(stream, pool, guard), release },
      cleanup: async () => void stream.destroy(),
    };
  const dir = await mkdtemp(join(tmpdir(), "bynder-upload-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const file = join(dir, "source");
  let size = 0;
  try {
    await pipeline(
      stream,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const piece of source) {
          size += piece.length;
          guard(size);
          yield piece;
        }
      },
      createWriteStream(file),
    );
  } catch (error) {
    await cleanup();
    throw error;
  }
  if (size === 0) {
    await cleanup();
    throw new Error("The source file is empty (0 bytes): Bynder cannot store an empty file.");
  }
  return {
    source: {
      chunks: streamChunks(createReadStream(file, { highWaterMark: 1024 * 1024 }), pool),
      totalChunks: chunkCount(size, options.chunkSize),
      release,
    },
    size,
    cleanup,
  };
}
