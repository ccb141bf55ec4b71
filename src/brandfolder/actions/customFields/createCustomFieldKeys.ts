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
