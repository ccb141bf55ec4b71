import type { Readable } from "node:stream";
import type { Agent } from "node:http";
import type FormData from "form-data";
import type { FailureKind } from "./retry";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export type Scalar = string | number | boolean;

/** A query parameter sent once per value (`a=1&a=2`), for endpoints that read repeated keys. */
export class Repeated {
  constructor(readonly values: readonly Scalar[]) {}
}

/** Undefined and null are omitted; arrays are sent comma-separated, as most APIs expect; `Repeated` repeats the key. */
export type ParamValue = Scalar | Scalar[] | Repeated | null | undefined;

/** A form field the API reads as JSON text (e.g. `data={"name": ...}` or `data=["id1","id2"]`). */
export class JsonText {
  constructor(readonly value: unknown) {}
}

/** Marks one form field as JSON text: the explicit, per-field way to send JSON inside a form. */
export const jsonText = (value: unknown) => new JsonText(value);

/** Request bodies, with the encoding always chosen explicitly. Multipart and stream bodies are factories so a retry can rebuild them. */
export type RequestBody =
  | { encoding: "form"; fields: Record<string, unknown> }
  | { encoding: "json"; value: unknown }
  | { encoding: "multipart"; build: () => FormData }
  | { encoding: "raw"; data: Buffer | (() => Readable); contentType: string };

export interface ApiRequest {
  method: HttpMethod;
  /** Path on the API origin with `{name}` placeholders, e.g. `/v4/assets/{id}`. */
  path: string;
  pathParams?: Record<string, string | number>;
  query?: Record<string, ParamValue>;
  body?: RequestBody;
  headers?: Record<string, string>;
  responseType?: "json" | "text" | "arraybuffer" | "stream";
  timeoutMs?: number;
  /** For `requestUnauthenticated` only: also allow plain http (a file source, never the API's own URL). */
  allowHttp?: boolean;
  /** For `requestUnauthenticated` only: the agents that open connections (e.g. an address guard). */
  agents?: { http?: Agent; https?: Agent };
  /** For `requestUnauthenticated` only: answer 3xx instead of failing, for a caller that follows redirects itself. */
  acceptRedirects?: boolean;
  /** For `requestUnauthenticated` only: the error for a final failure of a URL that is not the API's. */
  describeFailure?: (failure: FailureKind, attempts: number) => Error;
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

function scalar(key: string, value: unknown): string {
  if (typeof value === "number" && (!Number.isFinite(value) || /e/i.test(String(value))))
    throw new Error(`Field "${key}" holds the number ${value}, which cannot be sent exactly.`);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  throw new Error(
    `Field "${key}" holds a nested value; wrap it in jsonText() if the API reads it as JSON text.`,
  );
}

export function buildQuery(query: Record<string, ParamValue> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Repeated) {
      for (const v of value.values) params.append(key, scalar(key, v));
    } else if (Array.isArray(value)) {
      if (value.length) params.append(key, value.map((v) => scalar(key, v)).join(","));
    } else {
      params.append(key, scalar(key, value));
    }
  }
  return params;
}

/**
 * Form-urlencodes fields: scalars as text, lists of scalars comma-separated (the usual list form),
 * `JsonText` as JSON. Any other nested value is a programming error: an API may answer 202 to
 * one JSON-text field and change nothing, so it is never sent.
 */
export function buildForm(fields: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (value instanceof JsonText) {
      params.append(key, JSON.stringify(value.value));
    } else if (Array.isArray(value)) {
      if (value.length) params.append(key, value.map((v) => scalar(key, v)).join(","));
    } else {
      params.append(key, scalar(key, value));
    }
  }
  return params;
}
