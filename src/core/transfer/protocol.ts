/**
 * An upload protocol: the requests one vendor's upload makes, in three steps the chunk engine
 * (engine.ts) drives. A new protocol is a new file implementing these three; the engine owns the
 * loop (bounded chunks, the worker pool, per-chunk retry, the digest and the final count check).
 */
export interface UploadProtocol<Session, Finished> {
  /** SHA-256 of the whole file is computed only when the protocol sends it (it costs CPU). */
  readonly needsSha256?: boolean;
  /** A protocol that sends no CRC-32 says so: one pass less over every byte of a large file. */
  readonly skipsCrc32?: boolean;
  /** A protocol whose server takes chunks only in order (a resumable upload) says 1 here. */
  readonly maxConcurrency?: number;
  /** How messages name chunk `index` (from 0), e.g. "Chunk 1 of 3". */
  label(index: number, totalChunks?: number): string;
  /** Opens the upload (before the first chunk is read); may refuse a source it cannot send. */
  start(source: SourceInfo): Promise<Session>;
  /**
   * Sends one chunk. Called again for the same chunk after a retryable failure (`attempt` counts
   * from 1), so a resumable protocol can ask the server how much it has before sending the rest.
   * Chunks may be in flight together, up to the engine's concurrency.
   */
  sendChunk(session: Session, chunk: Chunk, attempt: number): Promise<void>;
  /** Called once, after every chunk was sent. */
  finish(session: Session, sent: SentFile): Promise<Finished>;
}

/** The file as chunks in file order; `totalChunks` and `size` when known up front. */
export interface ChunkSource {
  chunks: AsyncIterable<Buffer>;
  totalChunks?: number;
  size?: number;
  /** Takes a sent chunk back (streamed sources reuse a fixed set of buffers). */
  release?: (data: Buffer) => void;
}

export type SourceInfo = Pick<ChunkSource, "totalChunks" | "size">;

export interface Chunk {
  /** Position in the file, from 0. */
  index: number;
  /** Byte offset of the chunk's first byte in the file. */
  offset: number;
  data: Buffer;
}

export interface SentFile {
  chunks: number;
  size: number;
  /** Lower-case hex, when the protocol asked for it. */
  sha256?: string;
  /** CRC-32 of the whole file, unsigned decimal (absent when the protocol skips it). */
  crc32?: string;
}

export interface ChunkRetry {
  /** Attempts per chunk, the first included. */
  attempts: number;
  baseDelayMs: number;
}

export const DEFAULT_CHUNK_RETRY: ChunkRetry = { attempts: 4, baseDelayMs: 1000 };
