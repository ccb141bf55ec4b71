import { labelGetExample } from "../../examplePayloads/structure";
import { LABEL_PATH, operationDoc } from "../../endpoints";
import { labelIdInput } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getLabel = brandfolderAction({
  label: "Get Label",
  description: "Get one label by its ID, with its path in the label tree.",
  docsUrl: operationDoc("labels", "opIdApiV4LabelsByIdGet"),
  inputs: { labelId: labelIdInput },
  method: "GET",
  path: LABEL_PATH,
  result: resolveIncluded,
  examplePayload: { data: labelGetExample },
});
