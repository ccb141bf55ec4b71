import { tagExample } from "../../examplePayloads/tags";
import { fetchAllInput, limitInput, pageInput } from "../../inputs/common";
import { tagKeywordInput, tagOrderByInput } from "../../inputs/tags";
import { maxTagsInput } from "../../inputs/fetchAll";
import { bynderAction } from "../bynderAction";
import { TAGS_PATH } from "../../endpoints";

export const listTags = bynderAction({
  label: "List Tags",
  description:
    "List tags with the number of assets using each, either one page or, with Fetch All on, every page.",
  inputs: {
    keyword: tagKeywordInput,
    orderBy: tagOrderByInput,
    page: pageInput,
    limit: limitInput,
    fetchAll: fetchAllInput,
    maxItems: maxTagsInput,
  },
  method: "GET",
  path: TAGS_PATH,
  query: { keyword: "keyword", orderBy: "orderBy", page: "page", limit: "limit" },
  pagination: {
    style: "array",
    pageSize: 1000,
    fetchAllInput: "fetchAll",
    maxItemsInput: "maxItems",
    noun: "tags",
  },
  examplePayload: { data: [tagExample] },
});
