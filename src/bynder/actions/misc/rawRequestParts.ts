import { util } from "@prismatic-io/spectral";
import FormData from "form-data";
import { type ParamValue, Repeated, type RequestBody } from "../../../core/http/request";
import { InputError, scalarText, shapeOf } from "../../../core/inputs/clean";
import { type Pairs, uniqueKeys } from "../../../core/inputs/lists";

const FORBIDDEN_HEADERS = new Set(["authorization", "host", "cookie", "proxy-authorization"]);

export interface FileRow {
  key: string;
  value: unknown;
}

/** File Data rows; a row with a file but a blank key is refused (it would be dropped, and the file with it). */
export function fileRows(value: unknown): FileRow[] | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (!Array.isArray(value))
    throw new InputError("File Data", `must be a list of key/file rows (got ${shapeOf(value)}).`);
  const rows: FileRow[] = [];
  for (const entry of value as { key?: unknown; value?: unknown }[]) {
    const key = scalarText("File Data", entry?.key).trim();
    const empty = entry?.value === undefined || entry?.value === null || entry?.value === "";
    if (key === "" && empty) continue;
    if (key === "") throw new InputError("File Data", "has a file with a blank key.");
    if (empty) throw new InputError("File Data", `has the key "${key}" without a file.`);
    rows.push({ key, value: entry.value });
  }
  return rows.length ? rows : undefined;
}

/** Query Parameter rows: a repeated key is sent repeated (`a=1&a=2`). */
export function queryOf(pairs: Pairs | undefined): Record<string, ParamValue> {
  const grouped: Record<string, string[]> = {};
  for (const [k, v] of pairs ?? []) (grouped[k] ??= []).push(v);
  return Object.fromEntries(
    Object.entries(grouped).map(([k, v]) => [k, v.length === 1 ? v[0] : new Repeated(v)]),
  );
}

// RFC 9110 token characters; values: visible Latin-1, spaces and tabs, never a line break.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const SINGLE_HEADERS = new Set(["content-type", "content-length"]);

/** Header rows: names compared case-insensitively; repeated ones comma-joined per HTTP, except those that must be single. */
export function headersOf(pairs: Pairs | undefined): Record<string, string> {
  const out = new Map<string, [string, string[]]>();
  for (const [name, value] of pairs ?? []) {
    if (!HEADER_NAME.test(name))
      throw new InputError("Header", `has "${name}", which is not a valid header name.`);
    if (!HEADER_VALUE.test(value))
      throw new InputError(
        "Header",
        `"${name}" has a line break or a character outside Latin-1, which a header cannot carry.`,
      );
    const lower = name.toLowerCase();
    if (FORBIDDEN_HEADERS.has(lower))
      throw new InputError(
        "Header",
        `"${name}" cannot be set here: the connection provides authentication.`,
      );
    const seen = out.get(lower);
    if (seen && SINGLE_HEADERS.has(lower))
      throw new InputError("Header", `sets "${name}" more than once; it can have only one value.`);
    if (seen) seen[1].push(value);
    else out.set(lower, [name, [value]]);
  }
  return Object.fromEntries([...out.values()].map(([name, values]) => [name, values.join(", ")]));
}

/** File Data File Names: one name per file key, and every key must name a file. */
function fileNames(files: FileRow[], pairs: Pairs | undefined): Record<string, string> {
  const names = uniqueKeys("File Data File Names", pairs, "each file key takes one name.");
  const unknown = Object.keys(names).find((k) => !files.some((f) => f.key === k));
  if (unknown !== undefined)
    throw new InputError(
      "File Data File Names",
      `has the key "${unknown}", which matches no File Data key.`,
    );
  return names;
}

export function requestBody(params: {
  data: unknown;
  formData?: Pairs;
  fileData?: FileRow[];
  fileDataFileNames?: Pairs;
  headers: Record<string, string>;
}): RequestBody | undefined {
  const files = params.fileData ?? [];
  const names = fileNames(files, params.fileDataFileNames);
  const hasData = params.data !== undefined && params.data !== null && params.data !== "";
  if (hasData && (params.formData || files.length)) {
    throw new InputError(
      "Data",
      "cannot be combined with Form Data or File Data: send either a body or a multipart form.",
    );
  }
  if (params.formData || files.length) {
    return {
      encoding: "multipart",
      build: () => {
        const form = new FormData();
        // Repeated keys become repeated multipart fields.
        for (const [k, v] of params.formData ?? []) form.append(k, v);
        for (const f of files) {
          const payload = util.types.toBufferDataPayload(f.value);
          form.append(f.key, payload.data, {
            filename: names[f.key] ?? f.key,
            contentType: payload.contentType,
          });
        }
        return form;
      },
    };
  }
  if (!hasData) return undefined;
  const contentType = Object.entries(params.headers).find(
    ([k]) => k.toLowerCase() === "content-type",
  )?.[1];
  if (typeof params.data === "string") {
    const text = params.data;
    if (!contentType) {
      try {
        return { encoding: "json", value: JSON.parse(text) };
      } catch {
        return {
          encoding: "raw",
          data: Buffer.from(text),
          contentType: "text/plain; charset=utf-8",
        };
      }
    }
    return { encoding: "raw", data: Buffer.from(text), contentType };
  }
  if (Buffer.isBuffer(params.data)) {
    return {
      encoding: "raw",
      data: params.data,
      contentType: contentType ?? "application/octet-stream",
    };
  }
  return { encoding: "json", value: params.data };
}
