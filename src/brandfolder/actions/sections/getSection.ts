import { sectionGetExample } from "../../examplePayloads/structure";
import { operationDoc, SECTION_PATH } from "../../endpoints";
import { sectionIdInput } from "../../inputs/structure";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getSection = brandfolderAction({
  label: "Get Section",
  description: "Get one section by its ID.",
  docsUrl: operationDoc("sections", "opIdApiV4SectionsByIdGet"),
  inputs: { sectionId: sectionIdInput },
  method: "GET",
  path: SECTION_PATH,
  result: resolveIncluded,
  examplePayload: { data: sectionGetExample },
});
