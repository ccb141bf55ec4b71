import { labelGetExample } from "../../examplePayloads/structure";
import { LABELS_PATH, operationDoc } from "../../endpoints";
import { brandfolderIdInput } from "../../inputs/customFields";
import { labelNameInput, parentLabelIdInput } from "../../inputs/structure";
import { brandfolderAction } from "../../vendor";

export const createLabel = brandfolderAction({
  label: "Create Label",
  description:
    "Create a label in a Brandfolder, at the top of its label tree or under a parent label.",
  docsUrl: operationDoc("labels", "opIdApiV4CollectionsLabelsByBrandfolderIdPost"),
  inputs: {
    brandfolderId: brandfolderIdInput,
    name: labelNameInput,
    parentLabelId: parentLabelIdInput,
  },
  method: "POST",
  path: LABELS_PATH,
  // Brandfolder calls the parent's ID its key.
  body: { data: (p) => ({ attributes: { name: p.name, parent_key: p.parentLabelId } }) },
  encoding: "json",
  examplePayload: { data: labelGetExample },
});
