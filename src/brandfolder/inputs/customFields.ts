import { input } from "@prismatic-io/spectral";
import { z } from "zod";
import { jsonList } from "../../core/inputs/clean";
import {
  flagInput,
  idInput,
  integerInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";
import { withKind } from "../../core/inputs/kinds";
import {
  ASSET_ID,
  BRANDFOLDER_ID,
  colorKeyExample,
  colorValueExample,
} from "../examplePayloads/customFields";

export const brandfolderIdInput = idInput({
  label: "Brandfolder ID",
  comments: "The ID of the Brandfolder (a library inside your organization).",
  dataSource: "selectBrandfolder",
  example: BRANDFOLDER_ID,
});

export const customFieldKeyIdInput = idInput({
  label: "Custom Field Key ID",
  comments: "The ID of the custom field key (List Custom Field Keys returns them).",
  dataSource: "selectCustomFieldKey",
  example: colorKeyExample.id,
});

export const customFieldValueIdInput = idInput({
  label: "Custom Field Value ID",
  comments:
    "The ID of one custom field value of one asset (List Asset Custom Field Values returns them).",
  example: colorValueExample.id,
});

export const assetIdInput = idInput({
  label: "Asset ID",
  comments: "The ID of the asset.",
  dataSource: "selectAsset",
  example: ASSET_ID,
});

export const assetIdsInput = valueListInput({
  label: "Asset IDs",
  comments:
    "The assets to give this value: one ID per row, a JSON list, or the assets of an earlier step (their id).",
  dataSource: "selectAsset",
  example: ASSET_ID,
  required: true,
});

export const keyNameInput = requiredTextInput({
  label: "Name",
  comments: "The custom field's name, as shown in Brandfolder (for example color).",
  example: "color",
});

export const optionalKeyNameInput = textInput({
  label: "Name",
  comments: "A new name for the custom field key. Blank keeps the current name.",
  example: "colour",
});

export const allowedValuesInput = valueListInput({
  label: "Allowed Values",
  comments:
    "The values a restricted key accepts, one per row, kept exactly as typed. Blank: any value (unless Restricted is on).",
  items: "text",
  example: "red",
});

export const positionInput = integerInput({
  label: "Position",
  comments: "Where the field is listed among the Brandfolder's custom fields (0 is first).",
  min: 0,
  example: "0",
});

export const prioritizedInput = flagInput({
  label: "Prioritized",
  comments:
    "Show this field in asset previews. A Brandfolder can have at most five prioritized custom fields.",
});

export const requiredInput = flagInput({
  label: "Required",
  comments: "Users must fill this field before uploading an asset.",
});

export const restrictedInput = flagInput({
  label: "Restricted",
  comments: "Only the Allowed Values are accepted for this field.",
});

export const includeValuesInput = flagInput({
  label: "Include Values",
  comments: "Return each key's values in its attributes (sends fields=value; can slow the answer).",
});

export const includeCustomFieldValuesInput = flagInput({
  label: "Include Custom Field Values",
  comments:
    "Return the custom field value records too, each under related.custom_field_values of its key (sends include=custom_field_values; can slow the answer).",
});

export const includeKeyInput = flagInput({
  label: "Include Custom Field Key",
  comments:
    "Return each value's key too, under related.custom_field_key (sends include=custom_field_key).",
});

export const valueInput = requiredTextInput({
  label: "Value",
  comments:
    'The value, sent as text exactly as typed (Brandfolder stores custom field values as strings: 123 is sent as "123").',
  example: "red",
});

/** One more key of a batch, in Brandfolder's own attribute names. */
const keySchema = z.strictObject({
  name: z.string().min(1),
  allowed_values: z.array(z.string()).optional(),
  position: z.number().int().min(0).optional(),
  prioritized: z.boolean().optional(),
  required: z.boolean().optional(),
  restricted: z.boolean().optional(),
});
export type KeyAttributes = z.infer<typeof keySchema>;

function moreKeys(label: string, value: unknown): KeyAttributes[] | undefined {
  return jsonList(
    label,
    value,
    keySchema,
    'keys like [{"name": "size", "allowed_values": ["S", "M"], "restricted": true}]',
  );
}

export const moreKeysInput = input({
  label: "More Keys",
  type: "code",
  language: "json",
  required: false,
  comments:
    'Further keys to create in the same request, as a JSON list in Brandfolder\'s attribute names: [{"name": "size", "allowed_values": ["S", "M"], "position": 2, "prioritized": false, "required": false, "restricted": true}].',
  example: '[{"name": "size", "allowed_values": ["S", "M", "L"], "restricted": true}]',
  clean: withKind({ kind: "passthrough" }, (v: unknown) => moreKeys("More Keys", v)),
});
