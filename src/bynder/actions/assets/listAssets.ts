import { assetFetchAllExample } from "../../examplePayloads/assets";
import { extraParametersInput, fetchAllOnInput, limitInput, pageInput } from "../../inputs/common";
import { flagInput } from "../../../core/inputs/factories";
import { maxAssetsInput } from "../../inputs/fetchAll";
import { bynderAction } from "../bynderAction";
import { assetPagination } from "../../paging";
import { mediaPageResult } from "./mediaResult";
import { MEDIA_PATH } from "../../endpoints";

/** List Assets' Fetch All (the bench measures this very one). */
export const listAssetsPagination = {
  ...assetPagination,
  // The facets describe the whole result, so page 1 carries them and later pages stay light.
  firstPageOnly: ["count"],
};

export const listAssets = bynderAction({
  label: "List Assets",
  description:
    "List assets as {media: [...], total: {count}}, either one page (with nextPage and hasMore, for a loop over a large library) or, with Fetch All on, every page up to Max Items (then fetched, complete and truncated say whether that was all).",
  inputs: {
    page: pageInput,
    limit: limitInput,
    count: flagInput({
      label: "Count",
      comments:
        "Indicating whether or not the response should include count results (per type, brand, tag and so on, under count). This parameter when passed as true overrides the total parameter.",
    }),
    total: flagInput({
      label: "Total",
      comments:
        "Indicating whether or not the response should include the total count of results. The result now always includes total.count, so this no longer changes anything; it is kept so existing flows keep working.",
    }),
    fetchAll: fetchAllOnInput,
    maxItems: maxAssetsInput,
    extraParameters: extraParametersInput,
  },
  method: "GET",
  path: MEDIA_PATH,
  query: {
    page: "page",
    limit: "limit",
    count: (p) => (p.count ? 1 : undefined),
    // Always asked for, so one page has the same {media, total: {count}} shape as Fetch All.
    total: () => 1,
  },
  extraQueryInput: "extraParameters",
  pagination: listAssetsPagination,
  result: mediaPageResult,
  examplePayload: { data: assetFetchAllExample },
});
