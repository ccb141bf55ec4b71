import FormData from "form-data";
import { z } from "zod";
import { rephrase } from "../../core/http/errors";
import type { BynderClient } from "../client/clientFor";
import { BynderApiError } from "../client/errors";
import { MIB } from "../../core/transfer/chunks";
import type { UploadProtocol } from "../../core/transfer/protocol";

/**
 * Bynder's legacy S3 upload: the closest bucket, Initialize Upload, then per chunk an S3 POST and a
 * register, then finalise (or finalise as an additional file). Every request of the flow is here.
 */

/** Bynder's documented minimum part size (every part but the last). */
export const MIN_LEGACY_CHUNK = 5 * MIB;

export const ENDPOINT_PATH = "/api/upload/endpoint";
export const INIT_PATH = "/api/upload/init";
/** Register and finalise: the upload id goes in the body (ids may begin with a dot). */
export const UPLOAD_PATH = "/api/v4/upload/";
export const ADDITIONAL_PATH = "/api/v4/media/{assetId}/save/additional/{uploadId}/";

const initSchema = z.looseObject({
  s3file: z.looseObject({ uploadid: z.string().min(1), targetid: z.string().min(1) }),
  s3_filename: z.string().min(1),
  multipart_params: z.record(z.string(), z.unknown()),
});
export type InitResponse = z.infer<typeof initSchema>;

/** A shape Bynder's upload flow relies on; a different one fails here with a readable error. */
function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${what}: Bynder's response did not have the expected shape: ${issue?.message ?? "unknown"} at ${issue?.path.join(".") || "(root)"}.`,
    );
  }
  return parsed.data;
}

/** Step 1: the S3 bucket URL (Bynder answers a JSON string). */
export async function closestEndpoint(client: BynderClient): Promise<string> {
  const { data } = await client.request<unknown>({ method: "GET", path: ENDPOINT_PATH });
  const url = typeof data === "string" ? data.trim().replace(/^"|"$/g, "") : undefined;
  if (!url) throw new Error("Bynder did not return an S3 upload endpoint.");
  return url;
}

export async function initUpload(client: BynderClient, filename: string): Promise<InitResponse> {
  const { data } = await client.request<unknown>({
    method: "POST",
    path: INIT_PATH,
    body: { encoding: "form", fields: { filename } },
  });
  return parse(initSchema, data, "Initialize Upload");
}

/** `<key>/p<n>`: the S3 key, and Bynder's `filename` of a chunk, derive from it. */
export const chunkKey = (key: string, chunk: number) => `${key}/p${chunk}`;

/**
 * The S3 POST form, in the order S3 and Bynder's SDKs use: Initialize Upload's parameters as given
 * (key replaced by the chunk's key), then name, chunk, chunks, Filename, and the file last.
 */
export function s3Form(
  params: [string, string][],
  chunk: number,
  chunks: number,
  data: Buffer,
): FormData {
  const key = params.find(([k]) => k === "key")?.[1];
  if (!key) throw new Error('The multipart parameters have no "key".');
  const partKey = chunkKey(key, chunk);
  const form = new FormData();
  for (const [name, value] of params) form.append(name, name === "key" ? partKey : value);
  form.append("name", partKey);
  form.append("chunk", String(chunk));
  form.append("chunks", String(chunks));
  form.append("Filename", partKey);
  form.append("file", data, { filename: partKey, contentType: "application/octet-stream" });
  return form;
}

/** S3 answers XML errors: `<Code>` and `<Message>` are what a person needs to read. */
export function s3ErrorText(error: BynderApiError): string {
  return error.bynderCode && error.bynderMessage
    ? `${error.bynderCode}: ${error.bynderMessage}`
    : (error.bynderMessage ?? error.summary);
}

/** Step 3A: one chunk to S3, without the Bynder token (requestUnauthenticated never sends it). */
export async function postChunkToS3(
  client: BynderClient,
  endpoint: string,
  params: [string, string][],
  chunk: number,
  chunks: number,
  data: Buffer,
): Promise<{ filename: string; status: number; etag?: string }> {
  const key = params.find(([k]) => k === "key")?.[1] ?? "";
  try {
    const response = await client.requestUnauthenticated<unknown>(
      endpoint,
      {
        method: "POST",
        body: { encoding: "multipart", build: () => s3Form(params, chunk, chunks, data) },
        responseType: "text",
      },
      { maxRetries: 0 },
    );
    return { filename: chunkKey(key, chunk), status: response.status, etag: response.headers.etag };
  } catch (error) {
    if (!(error instanceof BynderApiError)) throw error;
    // Keeps S3's Retry-After (SlowDown asks for a pause): the chunk retry honours it.
    throw rephrase(
      error,
      `S3 refused chunk ${chunk} of ${chunks} (${error.status === undefined ? "no answer" : `HTTP ${error.status}`}): ${s3ErrorText(error)}`,
    );
  }
}

export interface RegisterFields {
  id: string;
  targetid: string;
  filename: string;
  chunkNumber: number;
}

/** Sent once: the per-chunk retry (withChunkRetry) re-runs the whole chunk exchange, one layer only. */
export async function registerChunk(client: BynderClient, fields: RegisterFields) {
  const { data } = await client.request<unknown>(
    {
      method: "POST",
      path: UPLOAD_PATH,
      body: { encoding: "form", fields: { ...fields } },
    },
    { maxRetries: 0 },
  );
  return data;
}

export interface FinaliseFields {
  id: string;
  targetid: string;
  s3_filename: string;
  chunks: number;
  original_filename?: string;
}

const finaliseSchema = z.looseObject({ importId: z.string().min(1) });

export async function finaliseUpload(client: BynderClient, fields: FinaliseFields) {
  const { data } = await client.request<unknown>({
    method: "POST",
    path: UPLOAD_PATH,
    body: { encoding: "form", fields: { ...fields } },
  });
  return parse(finaliseSchema, data, "Finalize Complete Upload");
}

/** Finalise as an additional file of an existing asset: replaces finalise, poll and save. */
export async function finaliseAdditional(
  client: BynderClient,
  assetId: string,
  uploadId: string,
  fields: { targetid: string; s3_filename: string; chunks: number },
) {
  const { data } = await client.request<Record<string, unknown>>({
    method: "POST",
    path: ADDITIONAL_PATH,
    pathParams: { assetId, uploadId },
    body: { encoding: "form", fields: { ...fields } },
  });
  return data;
}

/** The multipart parameters out of a pasted Initialize Upload response, or the parameters themselves. */
export function multipartParams(value: Record<string, unknown>): Record<string, unknown> {
  const inner = value.multipart_params;
  return inner && typeof inner === "object" && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : value;
}

export interface LegacySession {
  endpoint: string;
  params: [string, string][];
  id: string;
  targetid: string;
  s3Filename: string;
  total: number;
}

/** Finalised: the import id to poll and save, or (an additional file) already saved. */
export interface LegacyFinished {
  id: string;
  saved?: Record<string, unknown>;
}

/** The legacy flow as an upload protocol; `additionalTo` finalises as that asset's additional file. */
export function legacyProtocol(
  client: BynderClient,
  file: { fileName: string; additionalTo?: string },
): UploadProtocol<LegacySession, LegacyFinished> {
  return {
    label: (index, total) => `Chunk ${index + 1} of ${total}`,
    async start({ totalChunks }) {
      if (totalChunks === undefined)
        throw new Error("The legacy S3 flow needs the number of chunks up front.");
      const endpoint = await closestEndpoint(client);
      const init = await initUpload(client, file.fileName);
      return {
        endpoint,
        params: Object.entries(init.multipart_params).map(([k, v]) => [k, String(v)]),
        id: init.s3file.uploadid,
        targetid: init.s3file.targetid,
        s3Filename: init.s3_filename,
        total: totalChunks,
      };
    },
    // Both requests are safe to repeat (S3 keys are overwritten, a chunk number registers once),
    // so a retry re-runs the pair.
    async sendChunk(s, { index, data }) {
      const n = index + 1;
      await postChunkToS3(client, s.endpoint, s.params, n, s.total, data);
      await registerChunk(client, {
        id: s.id,
        targetid: s.targetid,
        filename: chunkKey(s.s3Filename, n),
        chunkNumber: n,
      });
    },
    async finish(s) {
      const fields = { targetid: s.targetid, s3_filename: s.s3Filename, chunks: s.total };
      if (file.additionalTo !== undefined)
        return {
          id: s.id,
          saved: await finaliseAdditional(client, file.additionalTo, s.id, fields),
        };
      const fin = await finaliseUpload(client, {
        id: s.id,
        ...fields,
        original_filename: file.fileName,
      });
      return { id: fin.importId };
    },
  };
}
