import { attachmentGetExample } from "../../examplePayloads/people";
import { ATTACHMENT_PATH, operationDoc } from "../../endpoints";
import {
  attachmentFieldsInput,
  attachmentIdInput,
  attachmentIncludeInput,
} from "../../inputs/people";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

const joined = (list: unknown) => (Array.isArray(list) ? list.join(",") : undefined);

export const getAttachment = brandfolderAction({
  label: "Get Attachment",
  description: "Get one attachment (a file of an asset) by its ID, with its URL and size.",
  docsUrl: operationDoc("attachments", "opIdApiV4AttachmentsByIdGet"),
  inputs: {
    attachmentId: attachmentIdInput,
    include: attachmentIncludeInput,
    fields: attachmentFieldsInput,
  },
  method: "GET",
  path: ATTACHMENT_PATH,
  // Brandfolder reads comma lists without spaces.
  query: { include: (p) => joined(p.include), fields: (p) => joined(p.fields) },
  result: resolveIncluded,
  examplePayload: { data: attachmentGetExample },
});
