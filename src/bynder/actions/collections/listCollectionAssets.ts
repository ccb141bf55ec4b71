import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { z } from "zod";
import { parseResponse } from "../../../core/http/parseResponse";
import { collectAll } from "../../../core/paging/paginate";
import { verifiedWalkRequests } from "../../../core/paging/windows";
import { assetExample } from "../../examplePayloads/assets";
import { collectionIdInput, includeAssetDetailsInput } from "../../inputs/collections";
import { connectionInput } from "../../inputs/common";
import { BYNDER_PAGING, BYNDER_REFERENCE, MEDIA_PAGE_SIZE, MEDIA_PATH } from "../../endpoints";

const IDS_PATH = "/api/v4/collections/{id}/media/";
/** At ~8 KB per asset at worst, 10,000 assets stay far under Prismatic's ~128 MB step result limit. */
export const MAX_DETAILED_ASSETS = 10_000;

interface AssetWithId {
  id: string;
  [field: string]: unknown;
}

export const listCollectionAssets = action({
  display: {
    label: "List Collection Assets",
    description: `List the assets of a collection as {assetIds: [...]}, plus {media: [...]} with each asset's metadata when Include Asset Details is on. Bynder API: GET ${IDS_PATH}, or GET ${MEDIA_PATH}?collectionId=… with details (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    id: collectionIdInput("list the assets of"),
    includeAssetDetails: includeAssetDetailsInput,
  },
  examplePayload: {
    data: {
      assetIds: [assetExample.id],
      media: [assetExample] as AssetWithId[],
    } as { assetIds: string[]; media?: AssetWithId[] },
  },
  perform: async (context, { connection, id, includeAssetDetails }) => {
    const client = clientFor(connection, context);
    if (!includeAssetDetails) {
      const { data } = await client.request<string[]>({
        method: "GET",
        path: IDS_PATH,
        pathParams: { id },
      });
      const ids = parseResponse(z.array(z.unknown()), data, {
        vendor: "Bynder",
        what: `list of asset IDs for List Collection Assets`,
        shape: "an array",
      });
      return { data: { assetIds: ids.map(String) } };
    }
    // The ID list has no metadata: the media list filtered by collection has it, page by page.
    const all = await collectAll<AssetWithId>(client, {
      request: { path: MEDIA_PATH, query: { collectionId: id } },
      style: "envelope",
      itemsKey: "media",
      pageSize: MEDIA_PAGE_SIZE,
      vendor: BYNDER_PAGING,
      maxItems: MAX_DETAILED_ASSETS,
      // Room for the requests the cap allows, one that confirms nothing is left, and one to spare.
      maxPages: verifiedWalkRequests(MAX_DETAILED_ASSETS, MEDIA_PAGE_SIZE) + 1,
      verify: true,
    });
    if (all.stoppedBy === "changed") {
      throw new Error(
        `List Collection Assets: the collection's assets changed while they were read and still did not line up after ${all.repairs} re-reads, so some may be missing. Run the step again when fewer assets are being added or removed.`,
      );
    }
    if (!all.complete) {
      throw new Error(
        `List Collection Assets: the collection has more than ${MAX_DETAILED_ASSETS.toLocaleString("en-US")} assets, too many to return with their details in one step. Turn "Include Asset Details" off to get every asset ID, then use Get Asset or Search Assets.`,
      );
    }
    const items = all.items;
    return { data: { assetIds: items.map((a) => a.id), media: items } };
  },
});
