import {
  booleanInput,
  choiceInput,
  flagInput,
  idInput,
  integerInput,
  jsonObjectInput,
  optionalBooleanInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";

export const metapropertyIdInput = idInput({
  label: "Metaproperty ID",
  comments: "The ID of the metaproperty. Pick one from the list or map it from an earlier step.",
  dataSource: "selectMetaproperty",
  example: "8E1F5A9B-0C2D-4E3F-A4B5C6D7E8F90A1B",
});

export const metapropertyOptionIdInput = idInput({
  label: "Metaproperty Option ID",
  comments:
    "The ID of the metaproperty option. Pick one from the list (it lists the options of the chosen metaproperty) or map it from an earlier step.",
  dataSource: "selectMetapropertyOption",
  example: "2B6C0D4E-8F1A-4B3C-9D5E7F0A1B2C3D4E",
});

/** A yes/no toggle that is always sent, for settings whose "off" is not Bynder's default. */
export const countInput = flagInput({
  label: "Count",
  comments:
    "Indicates whether or not the response should include asset count results for metaproperty-options.",
});

const ASSET_TYPES = ["image", "document", "audio", "video", "3d"] as const;

export const assetTypesInput = valueListInput({
  label: "Type",
  comments:
    "List of asset types (image, document, audio, video, 3d). Filters the count results by asset type. It only makes sense to be defined if the count parameter was set to true.",
  model: ASSET_TYPES.map((t) => ({ label: t, value: t })),
  example: "image",
  values: ASSET_TYPES,
});

/** Bynder includes options unless told `options=0`, so this toggle is sent either way. */
export function includeOptionsInput(defaultValue: "true" | "false") {
  return booleanInput({
    label: "Options",
    comments:
      "Indicates whether or not the response should include the metaproperty options of each metaproperty. Turn it off for large taxonomies: it keeps the response small and fast.",
    default: defaultValue,
  });
}

// Create and update metaproperty fields, sent inside Bynder's `data` JSON form field.
export const metapropertyNameInput = requiredTextInput({
  label: "Name",
  comments:
    "The internal name of the metaproperty, unique in the portal. Asset filters use it as property_<Name>.",
  example: "Region",
});

export const metapropertyLabelInput = textInput({
  label: "Label",
  comments:
    "The name shown to users. Left blank, it is the Name when creating and stays unchanged when updating.",
  example: "Region",
});

const METAPROPERTY_TYPES = [
  { label: "Single select", value: "select" },
  { label: "Multi select (select2)", value: "select2" },
  { label: "Autocomplete", value: "autocomplete" },
  { label: "Text", value: "text" },
  { label: "Long text", value: "longtext" },
  { label: "Date", value: "date" },
] as const;

export const metapropertyTypeInput = choiceInput({
  label: "Type",
  comments:
    'The kind of metaproperty. Another type Bynder supports can be set through Data as {"type": "..."}.',
  options: METAPROPERTY_TYPES,
  required: true,
  example: "select",
});

export const optionalMetapropertyTypeInput = choiceInput({
  label: "Type",
  comments: "The new kind of metaproperty. Left blank, the type is not changed.",
  options: [{ label: "(leave unchanged)", value: "" }, ...METAPROPERTY_TYPES],
  example: "select",
});

export const isMultiselectInput = flagInput({
  label: "Is Multiselect",
  comments: "Whether more than one option can be chosen for an asset.",
});

export const isRequiredInput = flagInput({
  label: "Is Required",
  comments: "Whether every asset must have a value for this metaproperty.",
});

export const isFilterableInput = booleanInput({
  label: "Is Filterable",
  comments: "Whether users can filter assets by this metaproperty.",
  default: "true",
});

export const changeIsMultiselectInput = optionalBooleanInput({
  label: "Is Multiselect",
  comments:
    "Whether more than one option can be chosen for an asset. Left blank, it is not changed.",
});

export const changeIsRequiredInput = optionalBooleanInput({
  label: "Is Required",
  comments:
    "Whether every asset must have a value for this metaproperty. Left blank, it is not changed.",
});

export const changeIsFilterableInput = optionalBooleanInput({
  label: "Is Filterable",
  comments: "Whether users can filter assets by this metaproperty. Left blank, it is not changed.",
});

export const metapropertyDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "More metaproperty fields as a JSON object (for example labels, zindex, isMainfilter, isEditable). They are merged into the JSON sent to Bynder and override the inputs above.",
  example: '{"labels": {"en_US": "Region", "nl_NL": "Regio"}, "isMainfilter": true}',
});

// Create and update option fields, sent inside Bynder's `data` JSON form field.
export const optionNameInput = requiredTextInput({
  label: "Name",
  comments:
    "The internal name of the option, unique within the metaproperty. It cannot be changed later.",
  example: "emea",
});

export const optionLabelInput = textInput({
  label: "Label",
  comments:
    "The name shown to users. Left blank, it is the Name when creating and stays unchanged when updating.",
  example: "EMEA",
});

export const optionPositionInput = integerInput({
  label: "Position",
  comments: "Sort position of the option among its siblings (Bynder's zindex; lower comes first).",
  min: 0,
  example: "1",
});

export const optionExternalReferenceInput = textInput({
  label: "External Reference",
  comments: "An identifier of the option in another system, for example a PIM or ERP code.",
  example: "REGION-001",
});

export const optionDataInput = jsonObjectInput({
  label: "Data",
  comments:
    "More option fields as a JSON object (for example labels, isSelectable, parentId). They are merged into the JSON sent to Bynder and override the inputs above.",
  example: '{"labels": {"en_US": "EMEA", "nl_NL": "EMEA"}, "isSelectable": true}',
});
