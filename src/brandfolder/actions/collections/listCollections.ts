import { collectionsExample } from "../../examplePayloads/assets";
import { BRANDFOLDER_COLLECTIONS_PATH, COLLECTIONS_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { optionalBrandfolderIdInput } from "../../inputs/assets";
import { fetchAllListInput, maxCollectionsInput, metaListPagination } from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";
import { pageResult } from "../assets/pageResult";

export const listCollections = brandfolderAction({
  label: "List Collections",
  description:
    "List every collection the connection's user can see, or only those of one Brandfolder.",
  docsUrl: operationDoc("collections", "opIdApiV4CollectionsGet"),
  inputs: {
    brandfolderId: optionalBrandfolderIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxCollectionsInput,
  },
  method: "GET",
  path: COLLECTIONS_PATH,
  // A Brandfolder given: its own collections operation instead of the account-wide one.
  resolve: async (_client, request, p) =>
    p.brandfolderId === undefined
      ? request
      : {
          ...request,
          path: BRANDFOLDER_COLLECTIONS_PATH,
          pathParams: { ...request.pathParams, brandfolderId: p.brandfolderId },
        },
  query: { page: "page", per: "per" },
  pagination: metaListPagination("collections"),
  result: pageResult,
  examplePayload: { data: { ...collectionsExample, nextPage: null, hasMore: false } },
});
