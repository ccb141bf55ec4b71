import { tagsExample } from "../../examplePayloads/structure";
import { BRANDFOLDER_TAGS_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { brandfolderIdInput } from "../../inputs/customFields";
import { fetchAllListInput, maxTagsInput, metaListPagination } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const listBrandfolderTags = brandfolderAction({
  label: "List Brandfolder Tags",
  description:
    "List the tags used on a Brandfolder's assets; auto_generated marks tags Brandfolder added itself.",
  docsUrl: operationDoc("brandfolders", "opIdApiV4BrandfoldersTagsByBrandfolderIdGet"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxTagsInput,
  },
  method: "GET",
  path: BRANDFOLDER_TAGS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("tags"),
  result: resolveIncluded,
  examplePayload: { data: tagsExample },
});
