import { labelGetExample } from "../../examplePayloads/structure";
import { LABEL_PATH, operationDoc } from "../../endpoints";
import { labelIdInput, labelNameInput } from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";

export const updateLabel = brandfolderAction({
  label: "Update Label",
  description: "Rename a label (Move Label changes where it sits in the tree).",
  docsUrl: operationDoc("labels", "opIdApiV4UpdateLabelPut"),
  inputs: { labelId: labelIdInput, name: labelNameInput },
  method: "PUT",
  path: LABEL_PATH,
  body: { data: (p) => ({ attributes: { name: p.name } }) },
  encoding: "json",
  examplePayload: { data: labelGetExample },
});
