/**
 * Upload File's steps: signed URLs from Brandfolder, the bytes to its storage without the API key
 * (one PUT, or the resumable protocol above the threshold and for a source of unknown length, both
 * on the core chunk engine), then the asset created once from `object_url`.
 */
import { uploadChunks } from "../../core/transfer/engine";
import { bufferChunks, chunkCount } from "../../core/transfer/chunks";
import type { ChunkRetry, ChunkSource, UploadProtocol } from "../../core/transfer/protocol";
import { readAhead } from "../../core/transfer/readAhead";
import { resumableProtocol } from "../../core/transfer/resumable";
import { singlePutProtocol } from "../../core/transfer/singlePut";
import type { BrandfolderClient } from "../client";
import { type AssetTarget, createAssetOnce } from "./createOnce";
import { getUploadRequest } from "./uploadRequest";

export const VENDOR_NAME = "Brandfolder";

export interface UploadPlan {
  fileName: string;
  contentType: string;
  /** Files larger than this (and sources of unknown length) use the resumable protocol. */
  thresholdBytes: number;
  /** Resumable chunks: a multiple of 256 KiB. */
  chunkSize: number;
  chunkRetry: ChunkRetry;
  target: AssetTarget;
  warn: (message: string) => void;
}

/** The file: bytes in memory, or a stream of chunks (of `plan.chunkSize`) with its size if known. */
export type UploadSource =
  { kind: "bytes"; data: Buffer } | { kind: "stream"; source: ChunkSource; size?: number };

export interface UploadResult {
  assetId: string;
  fileName: string;
  size: number;
  protocol: "single" | "resumable";
  chunks: number;
  asset: Record<string, unknown>;
}

/** Sends the chunks, then creates the asset; a failed send creates nothing. */
export async function runUpload(
  client: BrandfolderClient,
  file: UploadSource,
  plan: UploadPlan,
): Promise<UploadResult> {
  const size = file.kind === "bytes" ? file.data.length : file.size;
  const resumable = size === undefined || size > plan.thresholdBytes;
  const urls = await getUploadRequest(client);
  const storage = { contentType: plan.contentType, storageName: VENDOR_NAME };
  const protocol: UploadProtocol<unknown, { size: number }> = resumable
    ? resumableProtocol(client, {
        ...storage,
        startUrl: urls.resumable_upload_url,
        chunkSize: plan.chunkSize,
      })
    : singlePutProtocol(client, { ...storage, url: urls.upload_url });
  const source = sourceFor(file, resumable ? plan.chunkSize : undefined);
  const { sent } = await uploadChunks(protocol, source, {
    concurrency: 1,
    retry: plan.chunkRetry,
    deadline: client.deadline,
    warn: plan.warn,
    vendorName: VENDOR_NAME,
  });
  const asset = await createAssetOnce(client, plan.target, {
    url: urls.object_url,
    filename: plan.fileName,
  });
  return {
    assetId: String(asset.id),
    fileName: plan.fileName,
    size: sent.size,
    protocol: resumable ? "resumable" : "single",
    chunks: sent.chunks,
    asset,
  };
}

/** Bytes are cut into chunks (or sent whole); a stream below the threshold is read into one. */
function sourceFor(file: UploadSource, chunkSize: number | undefined): ChunkSource {
  if (file.kind === "bytes") {
    const size = chunkSize ?? file.data.length;
    return {
      chunks: bufferChunks(file.data, size),
      totalChunks: chunkCount(file.data.length, size),
      size: file.data.length,
    };
  }
  // The next chunk is read while one is sent (the URL source's pool holds two).
  if (chunkSize !== undefined)
    return { ...file.source, chunks: readAhead(file.source.chunks), size: file.size };
  return { chunks: whole(file.source), totalChunks: 1, size: file.size };
}

/** Joins a small stream's chunks into one buffer, giving each pooled chunk back. */
async function* whole(source: ChunkSource): AsyncGenerator<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source.chunks) {
    parts.push(Buffer.from(chunk));
    source.release?.(chunk);
  }
  yield Buffer.concat(parts);
}
