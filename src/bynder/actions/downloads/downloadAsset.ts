import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { labelledAssetIdInput } from "../../inputs/assets";
import { connectionInput } from "../../inputs/common";
import { integerInput, optionalIdInput } from "../../../core/inputs/factories";
import { optionalItemIdInput, versionInput } from "../../inputs/uploads";
import {
  contentDisposition,
  DEFAULT_DOWNLOAD_CAP_MB,
  fetchCapped,
  MAX_DOWNLOAD_CAP_MB,
} from "../../../core/downloads/capped";
import { VENDOR_NAME } from "../../uploads/vendorName";
import { downloadLocation } from "./downloadLocation";
import { BYNDER_REFERENCE } from "../../endpoints";
import { oneTarget } from "./getAssetDownloadUrl";

/** The thumbnail URL of a derivative key, from the asset's `thumbnails`. */
async function thumbnailUrl(
  client: ReturnType<typeof clientFor>,
  assetId: string,
  key: string,
): Promise<string> {
  const { data } = await client.request<{ thumbnails?: Record<string, unknown> }>({
    method: "GET",
    path: "/api/v4/media/{id}/",
    pathParams: { id: assetId },
  });
  const thumbnails = data?.thumbnails ?? {};
  const url = thumbnails[key];
  if (typeof url !== "string" || !url)
    throw new Error(
      `Asset ${assetId} has no "${key}" derivative; it has: ${Object.keys(thumbnails).join(", ") || "none"}.`,
    );
  return url;
}

export const downloadAsset = action({
  display: {
    label: "Download Asset",
    description: `Download an asset's bytes (the original, a given version, a given media item, or a derivative such as webimage) as binary data with its content type and file name (in the Content-Disposition header of the result), up to Max Size. Bynder API: GET /api/v4/media/{id}/download/, then the temporary URL without the Bynder token (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    assetId: labelledAssetIdInput,
    version: versionInput,
    itemId: optionalItemIdInput,
    derivative: optionalIdInput({
      label: "Derivative",
      comments:
        'A derivative or thumbnail instead of the original, e.g. webimage ("in most cases one of the thumbnail links will suffice", says Bynder). Leave blank for the original.',
      dataSource: "selectDerivative",
      example: "webimage",
    }),
    maxSizeMb: integerInput({
      label: "Max Size (MB)",
      comments: `The largest file to fetch, in MB (default ${DEFAULT_DOWNLOAD_CAP_MB}, at most ${MAX_DOWNLOAD_CAP_MB}: a step result cannot hold more). A larger file fails before or while it is read; use Get Asset Download URL for it.`,
      min: 1,
      max: MAX_DOWNLOAD_CAP_MB,
      default: String(DEFAULT_DOWNLOAD_CAP_MB),
      example: String(DEFAULT_DOWNLOAD_CAP_MB),
    }),
  },
  examplePayload: {
    data: Buffer.from("%PDF-1.7\n"),
    contentType: "application/pdf",
    headers: { "Content-Disposition": contentDisposition("Q3 – final.pdf") },
  },
  perform: async (context, { connection, assetId, version, itemId, derivative, maxSizeMb }) => {
    oneTarget({ Version: version, "Item ID": itemId, Derivative: derivative });
    const client = clientFor(connection, context);
    const url = derivative
      ? await thumbnailUrl(client, assetId, derivative)
      : (await downloadLocation(client, { assetId, version, itemId })).s3_file;
    const file = await fetchCapped(client, url, {
      capMb: maxSizeMb ?? DEFAULT_DOWNLOAD_CAP_MB,
      vendorName: VENDOR_NAME,
      locationAction: "Get Asset Download URL",
    });
    return {
      data: file.data,
      contentType: file.contentType,
      headers: { "Content-Disposition": contentDisposition(file.fileName) },
    };
  },
});
