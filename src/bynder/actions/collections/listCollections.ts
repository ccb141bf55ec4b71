import { collectionListResultExample } from "../../examplePayloads/collections";
import { collectionCountInput, maxCollectionsInput } from "../../inputs/collections";
import { extraParametersInput, fetchAllOnInput, limitInput, pageInput } from "../../inputs/common";
import { bynderAction } from "../bynderAction";
import { collectionListResult } from "./collectionListResult";
import { COLLECTIONS_PATH } from "../../endpoints";

export const listCollections = bynderAction({
  label: "List Collections",
  description:
    "List collections as {collections: [...]}, either one page or, with Fetch All on, every page (then with total.count).",
  inputs: {
    page: pageInput,
    limit: limitInput,
    count: collectionCountInput,
    fetchAll: fetchAllOnInput,
    maxItems: maxCollectionsInput,
    extraParameters: extraParametersInput,
  },
  method: "GET",
  path: COLLECTIONS_PATH,
  query: { page: "page", limit: "limit", count: (p) => (p.count ? 1 : undefined) },
  extraQueryInput: "extraParameters",
  pagination: {
    style: "envelope",
    itemsKey: "collections",
    pageSize: 1000,
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun: "collections",
    defaultOrder: "dateCreated asc",
    // Bynder's total describes the whole list, so only page 1 asks for it.
    firstPageOnly: ["count"],
  },
  result: collectionListResult,
  examplePayload: { data: collectionListResultExample },
});
