import { fail } from "./http";

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Minimal RFC 7578 parser over a fully buffered body; enough for S3-style POST uploads. */
export function parseMultipart(body: Buffer, contentTypeHeader: string): MultipartPart[] {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  if (!match) throw fail(400, "multipart/form-data without boundary");
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(boundary);
  if (pos < 0) throw fail(400, "Malformed multipart body");
  while (true) {
    pos += boundary.length;
    // "--" after a boundary marks the end.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    const headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerEnd < 0) throw fail(400, "Malformed multipart part headers");
    const headerText = body.subarray(pos, headerEnd).toString("utf8");
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), boundary]), headerEnd + 4);
    if (next < 0) throw fail(400, "Multipart body ends without a closing boundary");
    const data = body.subarray(headerEnd + 4, next);
    parts.push({ ...parsePartHeaders(headerText), data });
    pos = next + 2;
  }
  return parts;
}

function parsePartHeaders(headerText: string): Omit<MultipartPart, "data"> {
  let name = "";
  let filename: string | undefined;
  let contentType: string | undefined;
  for (const line of headerText.split("\r\n")) {
    const idx = line.indexOf(":");
    if (idx < 0) continue;
    const key = line.slice(0, idx).trim().toLowerCase();
    const value = line.slice(idx + 1).trim();
    if (key === "content-disposition") {
      name = /\bname="([^"]*)"/i.exec(value)?.[1] ?? "";
      filename = /\bfilename="([^"]*)"/i.exec(value)?.[1];
    } else if (key === "content-type") {
      contentType = value;
    }
  }
  return { name, filename, contentType };
}
