import { tagsExample } from "../../examplePayloads/assets";
import { COLLECTION_TAGS_PATH, operationDoc } from "../../endpoints";
import { collectionIdInput } from "../../inputs/assets";
import { pageInput, perInput } from "../../inputs/common";
import { fetchAllListInput, maxTagsInput, metaListPagination } from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";
import { pageResult } from "../assets/pageResult";

export const listCollectionTags = brandfolderAction({
  label: "List Collection Tags",
  description: "List the tags used on the assets of one collection.",
  docsUrl: operationDoc("collections", "opIdApiV4CollectionsTagsByCollectionIdGet"),
  inputs: {
    collectionId: collectionIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxTagsInput,
  },
  method: "GET",
  path: COLLECTION_TAGS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("tags"),
  result: pageResult,
  examplePayload: { data: { ...tagsExample, nextPage: null, hasMore: false } },
});
