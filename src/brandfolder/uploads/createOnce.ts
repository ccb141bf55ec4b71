import { ApiError, rephrase } from "../../core/http/errors";
import type { BrandfolderClient } from "../client";
import { PARENT_ASSETS_PATH } from "../endpoints";

export interface AssetTarget {
  parent: "brandfolders" | "collections";
  parentId: string;
  sectionId: string;
  name: string;
  description?: string;
}

/** Where to look for an asset whose create answer was lost. */
function findIt(target: AssetTarget): string {
  return `Run List Assets with List Assets In "Section", Parent ID ${target.sectionId} and Search name:"${target.name}" to find it before running this step again.`;
}

/**
 * Creates the asset from the uploaded object, once: Brandfolder has no idempotency key, so a
 * create whose answer was lost (reset, timeout, 5xx) is never sent again; the error says where
 * the asset may be.
 */
export async function createAssetOnce(
  client: BrandfolderClient,
  target: AssetTarget,
  attachment: { url: string; filename: string },
): Promise<Record<string, unknown>> {
  try {
    const { data } = await client.request<{ data?: Record<string, unknown>[] }>(
      {
        method: "POST",
        path: PARENT_ASSETS_PATH,
        pathParams: { parent: target.parent, parentId: target.parentId },
        body: {
          encoding: "json",
          value: {
            data: {
              attributes: [
                { name: target.name, description: target.description, attachments: [attachment] },
              ],
            },
            section_key: target.sectionId,
          },
        },
      },
      // The client never resends a POST that may have been applied; nor does anything here.
      { retryAllErrors: false },
    );
    const asset = data?.data?.[0];
    if (!asset) throw new Error("Brandfolder's create answer had no asset in data.");
    return asset;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.delivery !== "mayHaveBeenApplied" && error.delivery !== "cutOff") throw error;
    throw rephrase(
      error,
      `The file was uploaded, but Brandfolder's answer to creating the asset "${target.name}" was lost (${error.summary}), so the asset may exist. It was not created again, to make no duplicate. ${findIt(target)}`,
    );
  }
}
