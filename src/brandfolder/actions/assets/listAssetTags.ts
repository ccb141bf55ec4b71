import { tagsExample } from "../../examplePayloads/assets";
import { ASSET_TAGS_PATH, operationDoc } from "../../endpoints";
import { assetIdInput } from "../../inputs/customFields";
import { pageInput, perInput } from "../../inputs/common";
import { fetchAllListInput, maxTagsInput, metaListPagination } from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";
import { pageResult } from "./pageResult";

export const listAssetTags = brandfolderAction({
  label: "List Asset Tags",
  description: "List the tags of one asset, including those Brandfolder generated automatically.",
  docsUrl: operationDoc("assets", "opIdApiV4AssetsTagsByAssetIdGet"),
  inputs: {
    assetId: assetIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxTagsInput,
  },
  method: "GET",
  path: ASSET_TAGS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("tags"),
  result: pageResult,
  examplePayload: { data: { ...tagsExample, nextPage: null, hasMore: false } },
});
