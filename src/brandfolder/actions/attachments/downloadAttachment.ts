import { action } from "@prismatic-io/spectral";
import {
  contentDisposition,
  DEFAULT_DOWNLOAD_CAP_MB,
  fetchCapped,
  MAX_DOWNLOAD_CAP_MB,
  MB,
  TooLargeError,
} from "../../../core/downloads/capped";
import { integerInput } from "../../../core/inputs/factories";
import { clientFor } from "../../client";
import { ATTACHMENT_PATH, operationDoc } from "../../endpoints";
import { connectionInput } from "../../inputs/common";
import { attachmentIdInput } from "../../inputs/people";

/** Hops a CDN link may take (a signed-URL redirect needs one or two). */
const MAX_CDN_REDIRECTS = 5;

interface AttachmentAttributes {
  url?: string;
  filename?: string;
  mimetype?: string;
  size?: number;
}

export const downloadAttachment = action({
  display: {
    label: "Download Attachment",
    description: `Download an attachment's file as binary data with its content type and file name (in the Content-Disposition header of the result), up to Max Size; Get Attachment returns its URL without the bytes. Brandfolder API: GET /api/v4/attachments/{attachmentId}, then the file's URL without the API key (${operationDoc("attachments", "opIdApiV4AttachmentsByIdGet")}).`,
  },
  inputs: {
    connection: connectionInput,
    attachmentId: attachmentIdInput,
    maxSizeMb: integerInput({
      label: "Max Size (MB)",
      comments: `The largest file to fetch, in MB (default ${DEFAULT_DOWNLOAD_CAP_MB}, at most ${MAX_DOWNLOAD_CAP_MB}: a step result cannot hold more). A larger file fails before or while it is read; use Get Attachment for its URL instead.`,
      min: 1,
      max: MAX_DOWNLOAD_CAP_MB,
      default: String(DEFAULT_DOWNLOAD_CAP_MB),
      example: String(DEFAULT_DOWNLOAD_CAP_MB),
    }),
  },
  examplePayload: {
    data: Buffer.from("\x89PNG\r\n"),
    contentType: "image/png",
    headers: { "Content-Disposition": contentDisposition("spring_logo.png") },
  },
  perform: async (context, { connection, attachmentId, maxSizeMb }) => {
    const capMb = maxSizeMb ?? DEFAULT_DOWNLOAD_CAP_MB;
    const client = clientFor(connection, context);
    const { data } = await client.request<{ data?: { attributes?: AttachmentAttributes } }>({
      method: "GET",
      path: ATTACHMENT_PATH,
      pathParams: { attachmentId },
    });
    const attributes = data?.data?.attributes ?? {};
    if (typeof attributes.url !== "string" || !attributes.url)
      throw new Error(`Brandfolder's attachment ${attachmentId} has no file URL to download.`);
    // Brandfolder knows the size: a file above the cap is refused before the CDN is asked.
    if (typeof attributes.size === "number" && attributes.size > capMb * MB)
      throw new TooLargeError(capMb, "Get Attachment", attributes.size);
    const file = await fetchCapped(client, attributes.url, {
      capMb,
      vendorName: "Brandfolder",
      locationAction: "Get Attachment",
      maxRedirects: MAX_CDN_REDIRECTS,
    });
    return {
      data: file.data,
      contentType: attributes.mimetype || file.contentType,
      headers: { "Content-Disposition": contentDisposition(attributes.filename || file.fileName) },
    };
  },
});
