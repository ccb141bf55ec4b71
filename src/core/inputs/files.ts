import { LOOPBACK_HOSTS } from "../http/connectionHost";
import { input } from "@prismatic-io/spectral";
import { InputError, optionalText, requiredText, shapeOf } from "./clean";
import { booleanInput } from "./factories";
import { withKind } from "./kinds";

/** A file from an earlier step: Prismatic's `{data, contentType}`, a Buffer, or text. */
export interface FileData {
  data: Buffer;
  contentType?: string;
}

/** The file of an upload input; `vendor` names who cannot store an empty file. */
export function fileData(label: string, value: unknown, vendor: string): FileData {
  if (value === undefined || value === null || value === "")
    throw new InputError(label, "is required: map the file (binary data) from an earlier step.");
  let data: unknown = value;
  let contentType: string | undefined;
  if (typeof value === "object" && !Buffer.isBuffer(value) && !(value instanceof Uint8Array)) {
    const o = value as { data?: unknown; contentType?: unknown };
    if (!("data" in o))
      throw new InputError(label, `must be file data, but got ${shapeOf(value)} with no "data".`);
    data = o.data;
    contentType = typeof o.contentType === "string" ? o.contentType : undefined;
  }
  const buffer = Buffer.isBuffer(data)
    ? data
    : data instanceof Uint8Array
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : typeof data === "string"
        ? Buffer.from(data, "utf8")
        : undefined;
  if (!buffer) throw new InputError(label, `must be file data, but got ${shapeOf(data)}.`);
  if (buffer.length === 0)
    throw new InputError(label, `is empty (0 bytes): ${vendor} cannot store an empty file.`);
  return { data: buffer, contentType };
}

export const fileInputFor = (vendor: string) => (label: string, comments: string) =>
  input({
    label,
    type: "data",
    required: true,
    comments,
    clean: withKind({ kind: "passthrough" }, (v: unknown) => fileData(label, v, vendor)),
  });

/** A file name a vendor can store: kept exactly as given, with an extension and no folder part. */
export function fileName(label: string, value: unknown, required = true): string | undefined {
  const name = required ? requiredText(label, value) : optionalText(label, value);
  if (name === undefined) return undefined;
  if (/[/\\]/.test(name))
    throw new InputError(label, `must be a file name without folders (got "${name}").`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new InputError(label, "must not contain control characters (such as line breaks).");
  if (!/\.[\p{L}\p{N}]+$/u.test(name.trim()))
    throw new InputError(label, `needs an extension, such as .jpg or .pdf (got "${name}").`);
  return name;
}

export const fileNameInput = (label: string, comments: string, example = "Q3 – final.pdf") =>
  input({
    label,
    type: "string",
    required: true,
    comments,
    example,
    clean: withKind({ kind: "text" }, (v: unknown) => fileName(label, v) as string),
  });

/** A URL that never gets the API credentials: https only (loopback http for local testing) unless `allowHttp`. */
export function httpsUrl(label: string, value: unknown, allowHttp = false): string {
  const text = requiredText(label, value).trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(label, `must be a full URL starting with https:// (got "${text}").`);
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname);
  const ok = url.protocol === "https:" || (url.protocol === "http:" && (loopback || allowHttp));
  if (!ok)
    throw new InputError(
      label,
      `must be an ${allowHttp ? "http:// or https://" : "https://"} URL (got ${url.protocol}//): other schemes are refused.`,
    );
  if (url.username || url.password)
    throw new InputError(label, "must not contain a user name or password.");
  return text;
}

/** Whether a web page is the file asked for: a File Name ending in .html (or .htm, .xhtml). */
export const expectsHtml = (name: string) => /\.x?html?$/i.test(name);

/**
 * For every action that fetches a URL the user (or a webhook payload) supplies: off, such a URL
 * cannot reach into the runner's own network (loopback, private, link-local, cloud metadata).
 */
export const allowPrivateAddressesInput = booleanInput({
  label: "Allow Private Addresses",
  comments:
    "Off (the default): a source URL that resolves to a private, loopback or link-local address (10.x, 192.168.x, 127.0.0.1, 169.254.169.254…) is refused, on every redirect too, so a link from a webhook cannot reach into the network this integration runs in. Turn on only for an on-premise file server on your own network.",
  default: "false",
});
