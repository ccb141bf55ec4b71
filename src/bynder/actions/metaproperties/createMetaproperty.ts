import { metapropertyCreatedExample } from "../../examplePayloads/metaproperties";
import {
  isFilterableInput,
  isMultiselectInput,
  isRequiredInput,
  metapropertyDataInput,
  metapropertyLabelInput,
  metapropertyNameInput,
  metapropertyTypeInput,
} from "../../inputs/metaproperties";
import { jsonText } from "../../../core/http/request";
import { bynderAction } from "../bynderAction";
import { METAPROPERTIES_PATH } from "../../endpoints";

export const createMetaproperty = bynderAction({
  label: "Create Metaproperty",
  description:
    "Create a metaproperty and return its new ID; needs the METAPROPERTYMANAGEMENT or METAMANAGEMENT role.",
  inputs: {
    name: metapropertyNameInput,
    label: metapropertyLabelInput,
    type: metapropertyTypeInput,
    isMultiselect: isMultiselectInput,
    isRequired: isRequiredInput,
    isFilterable: isFilterableInput,
    data: metapropertyDataInput,
  },
  method: "POST",
  path: METAPROPERTIES_PATH,
  // Bynder reads one form field, `data`, holding the metaproperty as JSON text.
  body: {
    data: (p) =>
      jsonText({
        name: p.name,
        label: p.label ?? p.name,
        type: p.type,
        isMultiselect: p.isMultiselect,
        isRequired: p.isRequired,
        isFilterable: p.isFilterable,
        ...p.data,
      }),
  },
  encoding: "form",
  examplePayload: { data: metapropertyCreatedExample },
});
