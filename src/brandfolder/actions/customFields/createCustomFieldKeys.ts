import { customFieldKeysCreatedExample } from "../../examplePayloads/customFields";
import { CUSTOM_FIELD_KEYS_PATH, operationDoc } from "../../endpoints";
import {
  allowedValuesInput,
  brandfolderIdInput,
  keyNameInput,
  moreKeysInput,
  positionInput,
  prioritizedInput,
  requiredInput,
  restrictedInput,
} from "../../inputs/customFields";
import { InputError } from "../../../core/inputs/clean";
import { brandfolderAction } from "../../vendor";

export const createCustomFieldKeys = brandfolderAction({
  label: "Create Custom Field Keys",
  description:
    "Create one or more custom field keys in a Brandfolder in one request (needs controlled custom fields enabled for the Brandfolder).",
  docsUrl: operationDoc("custom_fields", "opIdApiV4BrandfoldersCustomFieldKeysByBrandfolderIdPost"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    name: keyNameInput,
    allowedValues: allowedValuesInput,
    position: positionInput,
    prioritized: prioritizedInput,
    required: requiredInput,
    restricted: restrictedInput,
    moreKeys: moreKeysInput,
  },
  validate: (p) => {
    // One request creates them all: a name twice would be refused by Brandfolder or create twins.
    const names = [p.name, ...(p.moreKeys ?? []).map((k) => k.name)];
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined)
      throw new InputError("More Keys", `names the key "${twice}" twice (Name included).`);
  },
  method: "POST",
  path: CUSTOM_FIELD_KEYS_PATH,
  // `attributes` is a list: the first key from the inputs, then More Keys as given.
  body: {
    data: (p) => ({
      attributes: [
        {
          name: p.name,
          allowed_values: p.allowedValues,
          position: p.position,
          prioritized: p.prioritized,
          required: p.required,
          restricted: p.restricted,
        },
        ...(p.moreKeys ?? []),
      ],
    }),
  },
  encoding: "json",
  examplePayload: { data: customFieldKeysCreatedExample },
});
