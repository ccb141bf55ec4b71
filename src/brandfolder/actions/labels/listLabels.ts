import { labelsExample } from "../../examplePayloads/structure";
import { LABELS_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { brandfolderIdInput } from "../../inputs/customFields";
import { fetchAllListInput, maxLabelsInput, metaListPagination } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const listLabels = brandfolderAction({
  label: "List Labels",
  description:
    "List a Brandfolder's labels, the whole tree: each label's path names it from the top down and depth counts from 1.",
  docsUrl: operationDoc("labels", "opIdApiV4OrganizationsLabelsByBrandfolderIdGet"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxLabelsInput,
  },
  method: "GET",
  path: LABELS_PATH,
  query: { page: "page", per: "per" },
  pagination: metaListPagination("labels"),
  result: resolveIncluded,
  examplePayload: { data: labelsExample },
});
