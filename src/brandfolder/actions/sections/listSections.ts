import { sectionsExample } from "../../examplePayloads/structure";
import { operationDoc, SECTIONS_PATH } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { brandfolderIdInput } from "../../inputs/customFields";
import { fetchAllListInput, maxSectionsInput, metaListPagination } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const listSections = brandfolderAction({
  label: "List Sections",
  description: "List a Brandfolder's sections, in their order; every asset lives in one section.",
  docsUrl: operationDoc("sections", "opIdApiV4SectionsGet"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxSectionsInput,
  },
  method: "GET",
  path: SECTIONS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("sections"),
  result: resolveIncluded,
  examplePayload: { data: sectionsExample },
});
