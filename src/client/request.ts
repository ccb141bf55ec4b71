import type { Readable } from "node:stream";
import type FormData from "form-data";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export type Scalar = string | number | boolean;
/** Undefined and null are omitted; arrays are sent comma-separated, as Bynder expects. */
export type ParamValue = Scalar | Scalar[] | null | undefined;

/** Request bodies, with the encoding always chosen explicitly. Multipart and stream bodies are factories so a retry can rebuild them. */
export type RequestBody =
  | { encoding: "form"; fields: Record<string, unknown> }
  | { encoding: "json"; value: unknown }
  | { encoding: "multipart"; build: () => FormData }
  | { encoding: "raw"; data: Buffer | (() => Readable); contentType: string };

export interface BynderRequest {
  method: HttpMethod;
  /** Path on the portal with `{name}` placeholders, e.g. `/api/v4/media/{id}/`. */
  path: string;
  pathParams?: Record<string, string | number>;
  query?: Record<string, ParamValue>;
  body?: RequestBody;
  headers?: Record<string, string>;
  responseType?: "json" | "text" | "arraybuffer" | "stream";
  timeoutMs?: number;
}

/** Fills `{name}` placeholders, URL-encoding each value so an ID can never change the path. */
export function buildPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || String(value).trim() === "") {
      throw new Error(`Path parameter "${name}" is required for ${template} but is empty.`);
    }
    const text = String(value).trim();
    // "." and ".." (even percent-encoded) are resolved as path segments by URL parsers.
    if (/^(\.|%2e){1,2}$/i.test(text)) {
      throw new Error(`Path parameter "${name}" cannot be "${text}".`);
    }
    return encodeURIComponent(text);
  });
}

function scalarText(value: Scalar | Scalar[]): string {
  return Array.isArray(value) ? value.map(String).join(",") : String(value);
}

export function buildQuery(query: Record<string, ParamValue> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    params.append(key, scalarText(value));
  }
  return params;
}

/** Form-urlencodes fields; objects and arrays of objects become JSON text (Bynder's `data=<json>` fields). */
export function buildForm(fields: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
      if (value.length) params.append(key, value.map(String).join(","));
    } else if (typeof value === "object") {
      params.append(key, JSON.stringify(value));
    } else {
      params.append(key, String(value));
    }
  }
  return params;
}
