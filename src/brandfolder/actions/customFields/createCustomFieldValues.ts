import { customFieldValuesCreatedExample } from "../../examplePayloads/customFields";
import { KEY_VALUES_PATH, operationDoc } from "../../endpoints";
import { assetIdsInput, customFieldKeyIdInput, valueInput } from "../../inputs/customFields";
import { InputError } from "../../../core/inputs/clean";
import { brandfolderAction } from "../../vendor";

export const createCustomFieldValues = brandfolderAction({
  label: "Create Custom Field Values",
  description:
    "Give one or more assets a value for one custom field key, in one request (Set Custom Field Value updates an existing value instead).",
  docsUrl: operationDoc(
    "custom_fields",
    "opIdApiV4CustomFieldKeysCustomFieldValuesByCustomFieldKeyIdPost",
  ),
  inputs: { customFieldKeyId: customFieldKeyIdInput, value: valueInput, assetIds: assetIdsInput },
  validate: (p) => {
    // A second value of the same key on one asset is never what a mapped list meant.
    const ids = p.assetIds ?? [];
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined) throw new InputError("Asset IDs", `lists the asset ${twice} twice.`);
  },
  method: "POST",
  path: KEY_VALUES_PATH,
  // One entry per asset, each pointing at its asset through `relationships`.
  body: {
    data: (p) =>
      (p.assetIds ?? []).map((id) => ({
        attributes: { value: p.value },
        relationships: { asset: { data: { type: "assets", id } } },
      })),
  },
  encoding: "json",
  examplePayload: { data: customFieldValuesCreatedExample },
});
