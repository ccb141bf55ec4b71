import { tagGetExample } from "../../examplePayloads/assets";
import { operationDoc, TAG_PATH } from "../../endpoints";
import { tagIdInput, tagNameInput } from "../../inputs/assets";
import { brandfolderAction } from "../../vendor";

export const updateTag = brandfolderAction({
  label: "Update Tag",
  description: "Rename a tag.",
  docsUrl: operationDoc("tags", "opIdApiV4TagsByIdPut"),
  inputs: { tagId: tagIdInput, name: tagNameInput },
  method: "PUT",
  path: TAG_PATH,
  body: { data: (p) => ({ attributes: { name: p.name } }) },
  encoding: "json",
  examplePayload: { data: tagGetExample },
});
