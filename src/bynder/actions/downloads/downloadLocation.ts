import type { BynderClient } from "../../client/clientFor";
import type { ApiRequest } from "../../../core/http/request";

export interface Where {
  assetId: string;
  version?: number;
  itemId?: string;
  hash?: boolean;
  type?: "original" | "additional";
}

/** The temporary location of the original, a version or a media item; the bytes are not fetched. */
export async function downloadLocation(client: BynderClient, where: Where) {
  const request: Pick<ApiRequest, "path" | "pathParams" | "query"> = where.itemId
    ? {
        path: "/api/v4/media/{id}/download/{itemId}/",
        pathParams: { id: where.assetId, itemId: where.itemId },
        query: where.hash ? { hash: true } : {},
      }
    : where.version !== undefined
      ? {
          path: "/api/v4/media/{id}/{version}/download/",
          pathParams: { id: where.assetId, version: where.version },
          query: {},
        }
      : {
          path: "/api/v4/media/{id}/download/",
          pathParams: { id: where.assetId },
          query: { type: where.type ?? "original" },
        };
  const { data } = await client.request<Record<string, unknown>>({ method: "GET", ...request });
  const url = typeof data?.s3_file === "string" ? data.s3_file : undefined;
  if (!url) throw new Error("Bynder's download answer had no s3_file location.");
  return { ...data, s3_file: url };
}
