import { assetsExample } from "../../examplePayloads/assets";
import { FETCH_ALL_PER, operationDoc, PARENT_ASSETS_PATH } from "../../endpoints";
import { InputError } from "../../../core/inputs/clean";
import {
  assetParentInput,
  fetchAllInput,
  fieldsInput,
  includeInput,
  maxAssetsInput,
  orderInput,
  parentIdInput,
  searchInput,
  sortByInput,
} from "../../inputs/assets";
import { pageInput, perInput } from "../../inputs/common";
import { brandfolderAction } from "../../vendor";
import { resolveIncluded } from "../../jsonApi";
import { pageResult } from "./pageResult";

export const listAssets = brandfolderAction({
  label: "List Assets",
  description:
    "List the assets of a Brandfolder, Section, Collection or Label, optionally filtered by a search, one page or all of them.",
  docsUrl: operationDoc("assets", "opIdApiV4BrandfoldersAssetsByBrandfolderIdGet"),
  inputs: {
    parent: assetParentInput,
    parentId: parentIdInput,
    search: searchInput,
    include: includeInput,
    fields: fieldsInput,
    fetchAll: fetchAllInput,
    maxItems: maxAssetsInput,
    page: pageInput,
    per: perInput,
    sortBy: sortByInput,
    order: orderInput,
  },
  validate: (p) => {
    // The OpenAPI offers no `include` on a Section's assets.
    if (p.parent === "sections" && p.include !== undefined)
      throw new InputError("Include", "is not available when listing a Section's assets.");
    // Brandfolder sorts only with both; one alone would be refused after the request.
    if (p.sortBy !== undefined && p.order === undefined)
      throw new InputError("Order", "is required when Sort By is set (Ascending or Descending).");
    if (p.order !== undefined && p.sortBy === undefined)
      throw new InputError("Sort By", "is required when Order is set.");
  },
  method: "GET",
  path: PARENT_ASSETS_PATH,
  query: {
    search: "search",
    include: "include",
    fields: "fields",
    page: "page",
    per: "per",
    sort_by: "sortBy",
    order: "order",
  },
  pagination: {
    style: "meta",
    itemsKey: "data",
    // 500 × ~8 KB keeps one response near 4 MB; the default Max Items is then 11 requests.
    pageSize: FETCH_ALL_PER,
    limitParam: "per",
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun: "assets",
    // Each page's `included` is resolved onto its own assets, then dropped.
    pageData: resolveIncluded,
  },
  result: pageResult,
  examplePayload: { data: assetsExample },
});
