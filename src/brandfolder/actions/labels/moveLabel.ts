import { labelGetExample } from "../../examplePayloads/structure";
import { LABEL_MOVE_PATH, operationDoc } from "../../endpoints";
import { InputError } from "../../../core/inputs/clean";
import { labelIdInput, newParentLabelIdInput } from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";

export const moveLabel = brandfolderAction({
  label: "Move Label",
  description:
    "Move a label, with the labels nested under it, under another label of its Brandfolder.",
  docsUrl: operationDoc("labels", "opIdApiV4MoveLabelPut"),
  inputs: { labelId: labelIdInput, parentLabelId: newParentLabelIdInput },
  validate: (p) => {
    // A label cannot be its own parent: refuse it before Brandfolder does.
    if (p.parentLabelId === p.labelId)
      throw new InputError("Parent Label ID", "is the label being moved: pick another label.");
  },
  method: "PUT",
  path: LABEL_MOVE_PATH,
  body: { data: (p) => ({ attributes: { parent_key: p.parentLabelId } }) },
  encoding: "json",
  examplePayload: { data: labelGetExample },
});
