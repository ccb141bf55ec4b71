import { modifiedExample } from "../../examplePayloads/metaproperties";
import { InputError } from "../../../core/inputs/clean";
import {
  changeIsFilterableInput,
  changeIsMultiselectInput,
  changeIsRequiredInput,
  metapropertyDataInput,
  metapropertyIdInput,
  metapropertyLabelInput,
  optionalMetapropertyTypeInput,
} from "../../inputs/metaproperties";
import { jsonText } from "../../../core/http/request";
import { bynderAction } from "../bynderAction";

export const updateMetaproperty = bynderAction({
  label: "Update Metaproperty",
  description:
    "Change the settings of a metaproperty, leaving blank fields unchanged; needs the METAPROPERTYMANAGEMENT or METAMANAGEMENT role.",
  inputs: {
    metapropertyId: metapropertyIdInput,
    label: metapropertyLabelInput,
    type: optionalMetapropertyTypeInput,
    isMultiselect: changeIsMultiselectInput,
    isRequired: changeIsRequiredInput,
    isFilterable: changeIsFilterableInput,
    data: metapropertyDataInput,
  },
  method: "POST",
  path: "/api/v4/metaproperties/{metapropertyId}/",
  body: {
    data: (p) =>
      jsonText({
        label: p.label,
        type: p.type,
        isMultiselect: p.isMultiselect,
        isRequired: p.isRequired,
        isFilterable: p.isFilterable,
        ...p.data,
      }),
  },
  encoding: "form",
  validate: (p) => {
    const fields = [p.label, p.type, p.isMultiselect, p.isRequired, p.isFilterable];
    if (fields.every((v) => v === undefined) && Object.keys(p.data ?? {}).length === 0)
      throw new InputError(
        "Data",
        "is empty and every other field was left blank: set at least one field to change.",
      );
  },
  examplePayload: { data: modifiedExample },
});
