import { modifiedExample } from "../../examplePayloads/metaproperties";
import { InputError } from "../../../core/inputs/clean";
import {
  metapropertyIdInput,
  metapropertyOptionIdInput,
  optionDataInput,
  optionExternalReferenceInput,
  optionLabelInput,
  optionPositionInput,
} from "../../inputs/metaproperties";
import { jsonText } from "../../../core/http/request";
import { bynderAction } from "../bynderAction";

export const updateMetapropertyOption = bynderAction({
  label: "Update Metaproperty Option",
  description:
    "Change the label, position, external reference or other fields of a metaproperty option (its name cannot change), leaving blank fields unchanged.",
  inputs: {
    metapropertyId: metapropertyIdInput,
    optionId: metapropertyOptionIdInput,
    label: optionLabelInput,
    position: optionPositionInput,
    externalReference: optionExternalReferenceInput,
    data: optionDataInput,
  },
  method: "POST",
  path: "/api/v4/metaproperties/{metapropertyId}/options/{optionId}/",
  body: {
    data: (p) =>
      jsonText({
        label: p.label,
        zindex: p.position,
        externalReference: p.externalReference,
        ...p.data,
      }),
  },
  encoding: "form",
  validate: (p) => {
    const fields = [p.label, p.position, p.externalReference];
    if (fields.every((v) => v === undefined) && Object.keys(p.data ?? {}).length === 0)
      throw new InputError(
        "Data",
        "is empty and every other field was left blank: set at least one field to change.",
      );
  },
  examplePayload: { data: modifiedExample },
});
