import FormData from "form-data";
import { z } from "zod";
import type { BynderClient } from "../client/clientFor";
import { rephrase } from "../../core/http/errors";
import { BynderApiError } from "../client/errors";

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
