import { InputError } from "../../../core/inputs/clean";
import { attachmentUpdatedExample } from "../../examplePayloads/people";
import { ATTACHMENT_PATH, operationDoc } from "../../endpoints";
import {
  attachmentFilenameInput,
  attachmentIdInput,
  attachmentUrlInput,
} from "../../inputs/people";
import { brandfolderAction } from "../../vendor";

/** Brandfolder fetches the file itself: only a public http(s) address can work. */
function checkUrl(url: string | undefined) {
  if (url === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError("File URL", "is not a URL; give a public https address of the file.");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new InputError("File URL", `must be an http(s) address, not ${parsed.protocol}.`);
}

export const updateAttachment = brandfolderAction({
  label: "Update Attachment",
  description: "Rename an attachment or replace its file with one fetched from a public URL.",
  docsUrl: operationDoc("attachments", "opIdApiV4AttachmentsByIdPut"),
  inputs: {
    attachmentId: attachmentIdInput,
    filename: attachmentFilenameInput,
    url: attachmentUrlInput,
  },
  method: "PUT",
  path: ATTACHMENT_PATH,
  validate: (p) => {
    if (p.filename === undefined && p.url === undefined)
      throw new InputError("Filename", "or File URL must be given: there is nothing to update.");
    checkUrl(p.url);
  },
  body: { data: (p) => ({ attributes: { filename: p.filename, url: p.url } }) },
  encoding: "json",
  examplePayload: { data: attachmentUpdatedExample },
});
