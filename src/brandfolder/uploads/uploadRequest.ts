import { z } from "zod";
import type { BrandfolderClient } from "../client";
import { UPLOAD_REQUESTS_PATH } from "../endpoints";

/** One file's signed storage URLs; Brandfolder adds fields, which are kept. */
const uploadRequestSchema = z.looseObject({
  upload_url: z.string().url(),
  resumable_upload_url: z.string().url(),
  object_url: z.string().url(),
  service: z.string().optional(),
});

export type UploadRequest = z.infer<typeof uploadRequestSchema>;

/** `GET /upload_requests`: a pair of upload URLs for one file (they expire after 24 hours). */
export async function getUploadRequest(client: BrandfolderClient): Promise<UploadRequest> {
  const { data } = await client.request<unknown>({ method: "GET", path: UPLOAD_REQUESTS_PATH });
  const parsed = uploadRequestSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      "Brandfolder's upload request answer had no upload_url, resumable_upload_url and object_url: nothing was uploaded.",
    );
  return parsed.data;
}
