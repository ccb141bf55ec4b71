import { customFieldKeyExample } from "../../examplePayloads/customFields";
import { CUSTOM_FIELD_KEY_PATH, operationDoc } from "../../endpoints";
import { InputError } from "../../../core/inputs/clean";
import {
  allowedValuesInput,
  customFieldKeyIdInput,
  optionalKeyNameInput,
} from "../../inputs/customFields";
import { brandfolderAction } from "../../vendor";

export const updateCustomFieldKey = brandfolderAction({
  label: "Update Custom Field Key",
  description:
    "Rename a custom field key or change its allowed values; Brandfolder advises against changing a key that assets already use.",
  docsUrl: operationDoc("custom_fields", "opIdApiV4CustomFieldKeysByIdPut"),
  inputs: {
    customFieldKeyId: customFieldKeyIdInput,
    name: optionalKeyNameInput,
    allowedValues: allowedValuesInput,
  },
  method: "PUT",
  path: CUSTOM_FIELD_KEY_PATH,
  validate: (p) => {
    if (p.name === undefined && p.allowedValues === undefined)
      throw new InputError("Name", "or Allowed Values must be given: there is nothing to update.");
  },
  body: { data: (p) => ({ attributes: { name: p.name, allowed_values: p.allowedValues } }) },
  encoding: "json",
  examplePayload: { data: customFieldKeyExample },
});
