import { optionCreatedExample } from "../../examplePayloads/metaproperties";
import {
  metapropertyIdInput,
  optionDataInput,
  optionExternalReferenceInput,
  optionLabelInput,
  optionNameInput,
  optionPositionInput,
} from "../../inputs/metaproperties";
import { jsonText } from "../../../core/http/request";
import { bynderAction } from "../bynderAction";

export const createMetapropertyOption = bynderAction({
  label: "Create Metaproperty Option",
  description:
    "Add an option to a metaproperty and return the new option's ID; needs the METAPROPERTYMANAGEMENT or METAMANAGEMENT role.",
  inputs: {
    metapropertyId: metapropertyIdInput,
    name: optionNameInput,
    label: optionLabelInput,
    position: optionPositionInput,
    externalReference: optionExternalReferenceInput,
    data: optionDataInput,
  },
  method: "POST",
  path: "/api/v4/metaproperties/{metapropertyId}/options/",
  // Bynder reads one form field, `data`, holding the option as JSON text.
  body: {
    data: (p) =>
      jsonText({
        name: p.name,
        label: p.label ?? p.name,
        zindex: p.position,
        externalReference: p.externalReference,
        ...p.data,
      }),
  },
  encoding: "form",
  examplePayload: { data: optionCreatedExample },
});
