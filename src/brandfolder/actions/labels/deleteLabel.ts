import { labelDeletedExample } from "../../examplePayloads/structure";
import { LABEL_PATH, operationDoc } from "../../endpoints";
import { labelIdInput } from "../../inputs/structure";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteLabel = brandfolderAction({
  label: "Delete Label",
  description:
    "Delete a label and every label nested under it; the assets stay, they only lose those labels.",
  docsUrl: operationDoc("labels", "opIdApiV4LabelsByIdDelete"),
  inputs: { labelId: labelIdInput },
  method: "DELETE",
  path: LABEL_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.labelId),
  examplePayload: { data: labelDeletedExample },
});
