import { customFieldKeysExample } from "../../examplePayloads/customFields";
import { CUSTOM_FIELD_KEYS_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import {
  brandfolderIdInput,
  includeCustomFieldValuesInput,
  includeValuesInput,
} from "../../inputs/customFields";
import {
  fetchAllListInput,
  maxCustomFieldKeysInput,
  metaListPagination,
} from "../../inputs/structure";
import { listResult } from "../assets/pageResult";
import { brandfolderAction } from "../../vendor";

export const listCustomFieldKeys = brandfolderAction({
  label: "List Custom Field Keys",
  description:
    "List a Brandfolder's custom field keys, with their allowed values and, optionally, their values.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4BrandfoldersCustomFieldKeysByBrandfolderIdGet"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    includeValues: includeValuesInput,
    includeCustomFieldValues: includeCustomFieldValuesInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxCustomFieldKeysInput,
  },
  method: "GET",
  path: CUSTOM_FIELD_KEYS_PATH,
  query: {
    fields: (p) => (p.includeValues ? "value" : undefined),
    include: (p) => (p.includeCustomFieldValues ? "custom_field_values" : undefined),
    page: "page",
    per: "per",
  },
  pagination: metaListPagination("custom field keys"),
  result: listResult,
  examplePayload: { data: customFieldKeysExample },
});
