import { assetCustomFieldValuesExample } from "../../examplePayloads/customFields";
import { ASSET_VALUES_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { assetIdInput, includeKeyInput } from "../../inputs/customFields";
import {
  fetchAllListInput,
  maxCustomFieldValuesInput,
  metaListPagination,
} from "../../inputs/structure";
import { listResult } from "../assets/pageResult";
import { brandfolderAction } from "../../vendor";

export const listAssetCustomFieldValues = brandfolderAction({
  label: "List Asset Custom Field Values",
  description: "List the custom field values of one asset, each with its key's name.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4AssetsCustomFieldValuesByAssetIdGet"),
  inputs: {
    assetId: assetIdInput,
    includeKey: includeKeyInput,
    page: pageInput,
    per: perInput,
    fetchAll: fetchAllListInput,
    maxItems: maxCustomFieldValuesInput,
  },
  method: "GET",
  path: ASSET_VALUES_PATH,
  query: {
    include: (p) => (p.includeKey ? "custom_field_key" : undefined),
    page: "page",
    per: "per",
  },
  pagination: metaListPagination("custom field values"),
  result: listResult,
  examplePayload: { data: assetCustomFieldValuesExample },
});
