import type { IncomingMessage } from "node:http";

export type Query = Record<string, string | string[]>;
export type Headers = Record<string, string>;

/** A fully rendered response; the server decides when and how to write it (latency, faults). */
export interface Reply {
  status: number;
  headers: Headers;
  body: Buffer;
  /** Drop the connection instead of answering (a handler's own cut-off, after it read the body). */
  reset?: boolean;
}

export function json(status: number, value: unknown, headers: Headers = {}): Reply {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export function text(
  status: number,
  body: string,
  contentType = "text/plain; charset=utf-8",
  headers: Headers = {},
): Reply {
  return { status, headers: { "content-type": contentType, ...headers }, body: Buffer.from(body) };
}

export function bytes(
  status: number,
  body: Buffer,
  contentType: string,
  headers: Headers = {},
): Reply {
  return { status, headers: { "content-type": contentType, ...headers }, body };
}

export function empty(status: number, headers: Headers = {}): Reply {
  return { status, headers, body: Buffer.alloc(0) };
}

/**
 * Thrown by handlers to short-circuit: either with a ready-made reply (a vendor's own shape, such
 * as an OAuth error), or with a status and message the server renders in the vendor's error
 * envelope (`ServerOptions.errorReply`).
 */
export class SimError extends Error {
  readonly reply?: Reply;
  readonly status: number;
  readonly extra: Record<string, unknown>;

  constructor(reply: Reply);
  constructor(status: number, message: string, extra?: Record<string, unknown>);
  constructor(first: Reply | number, message?: string, extra: Record<string, unknown> = {}) {
    super(typeof first === "number" ? (message ?? "") : `simulated ${first.status}`);
    this.reply = typeof first === "number" ? undefined : first;
    this.status = typeof first === "number" ? first : first.status;
    this.extra = extra;
  }
}

/** Renders an error in a vendor's envelope; the server is given one per vendor. */
export type ErrorReply = (status: number, message: string, extra: Record<string, unknown>) => Reply;

/** A plain envelope for vendors that bring none: `{message, status}`. */
export const plainErrorReply: ErrorReply = (status, message, extra) =>
  json(status, { message, status, ...extra });

/** An error with a status and message, written in the vendor's envelope by the server. */
export function fail(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): SimError {
  return new SimError(status, message, extra);
}

export const notFound = (message = "Not found"): SimError => fail(404, message);

export function parseQuery(params: URLSearchParams): Query {
  const out: Query = {};
  for (const [key, value] of params) {
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** First value of a query or form field. */
export function one(source: Query, key: string): string | undefined {
  const v = source[key];
  return Array.isArray(v) ? v[0] : v;
}

export function list(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  return value === "1" || value.toLowerCase() === "true";
}

export function intParam(
  source: Query,
  key: string,
  fallback: number,
  range: { min?: number; max?: number } = {},
): number {
  const raw = one(source, key);
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  const min = range.min ?? 1;
  if (!Number.isInteger(n) || n < min || (range.max !== undefined && n > range.max)) {
    const bound = range.max !== undefined ? ` between ${min} and ${range.max}` : ` >= ${min}`;
    throw fail(400, `Invalid value for ${key}: must be an integer${bound}`);
  }
  return n;
}

export function parseDate(value: string | undefined, field: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw fail(400, `Date format not ISO8601-compliant: ${field}`);
  return ms;
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(fail(413, "Payload too large"));
        req.removeAllListeners("data");
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Mime type without parameters, lower-cased. */
export function mimeOf(headers: Headers): string {
  return (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
}

export function parseForm(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(body.toString("utf8"))) out[k] = v;
  return out;
}

/** A form-encoded body (an empty body counts as an empty form); any other type is a 400. */
export function formBody(headers: Headers, body: Buffer): Record<string, string> {
  if (body.length === 0) return {};
  const mime = mimeOf(headers);
  if (mime !== "application/x-www-form-urlencoded") {
    throw fail(
      400,
      `Expected application/x-www-form-urlencoded body, got ${mime || "no content-type"}`,
    );
  }
  return parseForm(body);
}

export function jsonBody(headers: Headers, body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  const mime = mimeOf(headers);
  if (mime !== "application/json") {
    throw fail(400, `Expected application/json body, got ${mime || "no content-type"}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw fail(400, "Invalid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw fail(400, "JSON body must be an object");
  }
  return parsed as Record<string, unknown>;
}

/** JSON carried inside a form field (`data` unless named). */
export function jsonField(form: Record<string, string>, field = "data"): unknown {
  const raw = form[field];
  if (raw === undefined || raw === "") throw fail(400, "No data sent");
  try {
    return JSON.parse(raw);
  } catch {
    throw fail(400, "Invalid JSON");
  }
}

export function requireFields(source: Record<string, unknown>, fields: string[]): void {
  for (const f of fields) {
    const v = source[f];
    if (v === undefined || v === null || v === "") throw fail(400, `Missing required field: ${f}`);
  }
}

export function str(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : String(value);
}
