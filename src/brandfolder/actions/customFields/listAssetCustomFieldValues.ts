import { assetCustomFieldValuesExample } from "../../examplePayloads/customFields";
import { ASSET_VALUES_PATH, operationDoc } from "../../endpoints";
import { pageInput, perInput } from "../../inputs/common";
import { assetIdInput, includeKeyInput } from "../../inputs/customFields";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const listAssetCustomFieldValues = brandfolderAction({
  label: "List Asset Custom Field Values",
  description: "List the custom field values of one asset, each with its key's name.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4AssetsCustomFieldValuesByAssetIdGet"),
  inputs: { assetId: assetIdInput, includeKey: includeKeyInput, page: pageInput, per: perInput },
  method: "GET",
  path: ASSET_VALUES_PATH,
  query: {
    include: (p) => (p.includeKey ? "custom_field_key" : undefined),
    page: "page",
    per: "per",
  },
  result: resolveIncluded,
  examplePayload: { data: assetCustomFieldValuesExample },
});
