import { ATTACHMENT_ID } from "../../examplePayloads/people";
import { ATTACHMENT_PATH, operationDoc } from "../../endpoints";
import { attachmentIdInput } from "../../inputs/people";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteAttachment = brandfolderAction({
  label: "Delete Attachment",
  description: "Delete one attachment (a file) of an asset; the asset and its other files stay.",
  docsUrl: operationDoc("attachments", "opIdApiV4AttachmentsByIdDelete"),
  inputs: { attachmentId: attachmentIdInput },
  method: "DELETE",
  path: ATTACHMENT_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.attachmentId),
  examplePayload: { data: { deleted: true as const, id: ATTACHMENT_ID } },
});
