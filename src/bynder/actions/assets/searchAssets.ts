import { assetListExample } from "../../examplePayloads/assets";
import {
  assetOrderByInput,
  assetTypeInput,
  brandIdFilterInput,
  collectionIdFilterInput,
  dateCreatedFromInput,
  dateCreatedToInput,
  dateModifiedFromInput,
  dateModifiedToInput,
  keywordInput,
  propertyOptionIdsFilterInput,
  tagsFilterInput,
} from "../../inputs/assets";
import { InputError } from "../../../core/inputs/clean";
import { extraParametersInput, fetchAllInput, limitInput, pageInput } from "../../inputs/common";
import { maxAssetsInput } from "../../inputs/fetchAll";
import { bynderAction } from "../bynderAction";
import { assetPagination } from "../../paging";
import { brandQuery, resolveBrand } from "./brandFilter";
import { mediaPageResult } from "./mediaResult";
import { MEDIA_PATH } from "../../endpoints";

function checkRange(name: string, from: string | undefined, to: string | undefined) {
  if (from && to && Date.parse(from) > Date.parse(to)) {
    throw new InputError(`${name} To`, `must not be before ${name} From (${from}); got "${to}".`);
  }
}

export const searchAssets = bynderAction({
  label: "Search Assets",
  description:
    "Search assets by keyword, type, tags, brand, collection, metaproperty options and dates, returning {media: [...], total: {count}} and, for one page, nextPage and hasMore.",
  inputs: {
    keyword: keywordInput,
    type: assetTypeInput,
    tags: tagsFilterInput,
    brandId: brandIdFilterInput,
    collectionId: collectionIdFilterInput,
    propertyOptionIds: propertyOptionIdsFilterInput,
    dateCreatedFrom: dateCreatedFromInput,
    dateCreatedTo: dateCreatedToInput,
    dateModifiedFrom: dateModifiedFromInput,
    dateModifiedTo: dateModifiedToInput,
    orderBy: assetOrderByInput,
    limit: limitInput,
    page: pageInput,
    fetchAll: fetchAllInput,
    maxItems: maxAssetsInput,
    extraParameters: extraParametersInput,
  },
  method: "GET",
  path: MEDIA_PATH,
  query: {
    keyword: "keyword",
    type: "type",
    tags: "tags",
    brandId: (p) => brandQuery(p.brandId, "brand"),
    subBrandId: (p) => brandQuery(p.brandId, "subBrand"),
    collectionId: "collectionId",
    propertyOptionId: "propertyOptionIds",
    dateCreated: "dateCreatedFrom",
    dateCreatedTo: "dateCreatedTo",
    dateModified: "dateModifiedFrom",
    dateModifiedTo: "dateModifiedTo",
    orderBy: "orderBy",
    page: "page",
    limit: "limit",
    // Always asked for, so one page has the same {media, total: {count}} shape as Fetch All.
    total: () => 1,
  },
  extraQueryInput: "extraParameters",
  pagination: assetPagination,
  // A sub-brand picked from the dropdown is known; a typed one costs one lookup.
  resolve: (client, request, p) => resolveBrand(client, request, p.brandId),
  validate: (p) => {
    checkRange("Date Created", p.dateCreatedFrom, p.dateCreatedTo);
    checkRange("Date Modified", p.dateModifiedFrom, p.dateModifiedTo);
  },
  result: mediaPageResult,
  examplePayload: { data: assetListExample },
});
