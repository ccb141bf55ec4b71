import { type Connection, ConnectionError, SpectralError } from "@prismatic-io/spectral";
import { safeConnection } from "./portal";
import type { Redactor } from "./redact";

const MAX_BODY_TEXT = 300;

export interface BynderErrorDetails {
  method: string;
  /** Portal origin plus path, without query string or credentials. */
  url: string;
  status?: number;
  /** Bynder's own message, when it sent one. */
  bynderMessage?: string;
  /** Bynder's own code (`statuscode`, `status_code` or `errorCode`), when it differs from the status. */
  bynderCode?: string;
}

/** The one error type every request failure becomes. Carries no headers, config or token. */
export class BynderApiError extends SpectralError {
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly bynderMessage?: string;
  readonly bynderCode?: string;

  constructor(details: BynderErrorDetails, message: string) {
    super(message);
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.bynderMessage = details.bynderMessage;
    this.bynderCode = details.bynderCode;
  }
}

function squash(text: string): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_BODY_TEXT ? `${plain.slice(0, MAX_BODY_TEXT)}…` : plain;
}

/** Reads Bynder's message out of each error shape it uses (v4, brandstore, taxonomy, OAuth, text, HTML). */
export function extractBynderMessage(body: unknown): { message?: string; code?: string } {
  let data = body;
  if (Buffer.isBuffer(data)) data = data.toString("utf8");
  if (data instanceof ArrayBuffer) data = Buffer.from(data).toString("utf8");
  if (typeof data === "string") {
    const trimmed = data.trim();
    if (trimmed.startsWith("{")) {
      try {
        return extractBynderMessage(JSON.parse(trimmed));
      } catch {
        // not JSON after all: fall through to plain text
      }
    }
    return trimmed ? { message: squash(trimmed) } : {};
  }
  if (data && typeof data === "object") {
    const o = data as Record<string, unknown>;
    const pick = (...keys: string[]) => {
      for (const k of keys) {
        const v = o[k];
        if (typeof v === "string" && v.trim()) return v.trim();
        if (typeof v === "number") return String(v);
      }
      return undefined;
    };
    const message = pick("message", "error_description", "errorMessage", "error", "detail");
    const code = pick("errorCode", "statuscode", "status_code", "code");
    // An unknown shape is shown as-is rather than dropped.
    return { message: squash(message ?? JSON.stringify(o)), code };
  }
  return {};
}

/** Which OAuth scope a path most likely needs, for 403 hints. */
function scopeHint(method: string, path: string): string | undefined {
  const families: [RegExp, string][] = [
    [/^\/api\/workflow\/campaigns/i, "workflow.campaign"],
    [/^\/api\/workflow\/presets/i, "workflow.preset"],
    [/^\/api\/workflow\//i, "workflow.job"],
    [/^\/api\/store\//i, "brandstore.order"],
    [/^\/api\/v4\/collections/i, "collection"],
    [/^\/api\/v4\/(metaproperties|tags)/i, "meta.assetbank"],
    [/^\/api\/v4\/users/i, "admin.user"],
    [/^\/api\/v4\/profiles/i, "admin.profile"],
    [/^\/api\/v4\/currentUser/i, "current.user"],
    [/^\/api\/v4\/account/i, "current.profile"],
    [
      /^\/(api\/v4\/media|api\/media|api\/upload|api\/v4\/upload|v7\/file_cmds|transform)/i,
      "asset",
    ],
  ];
  const family = families.find(([re]) => re.test(path))?.[1];
  if (!family) return undefined;
  if (
    family === "workflow.preset" ||
    family === "admin.profile" ||
    family === "current.user" ||
    family === "current.profile"
  ) {
    return `${family}:read`;
  }
  return `${family}:${method === "GET" || method === "HEAD" ? "read" : "write"}`;
}

export interface FailureContext {
  method: string;
  origin: string;
  path: string;
  connection: Connection;
  redactor: Redactor;
}

/** Turns an HTTP failure (status + body) into the error the user sees. */
export function httpFailure(ctx: FailureContext, status: number, body: unknown): Error {
  const { message, code } = extractBynderMessage(body);
  const safeMessage = message ? ctx.redactor.text(message) : undefined;
  const url = `${ctx.origin}${ctx.path}`;
  const details: BynderErrorDetails = {
    method: ctx.method,
    url,
    status,
    bynderMessage: safeMessage,
    bynderCode: code && code !== String(status) ? code : undefined,
  };
  const said = safeMessage ? `: ${safeMessage}` : "";
  const head = `Bynder ${ctx.method} ${url} failed with HTTP ${status}${said}`;
  if (status === 401) {
    return new ConnectionError(
      safeConnection(ctx.connection),
      `${head}. The access token was rejected (expired, revoked or for another portal). Reconnect the Bynder connection and try again.`,
    );
  }
  if (status === 403) {
    const scope = scopeHint(ctx.method, ctx.path);
    const need = scope
      ? `the "${scope}" scope on the connection`
      : "the right scope on the connection";
    return new BynderApiError(
      details,
      `${head}. Permission denied: this call probably needs ${need} and a Bynder security role that allows it for the connected user (ask a Bynder admin).`,
    );
  }
  if (status === 429) {
    return new BynderApiError(
      details,
      `${head}. Bynder's rate limit (4500 requests per 5 minutes per IP) was exceeded; retry later or raise the retry settings.`,
    );
  }
  const codeNote = details.bynderCode ? ` (Bynder code ${details.bynderCode})` : "";
  return new BynderApiError(details, `${head}${codeNote}.`);
}

/** Turns a transport failure (reset, timeout, DNS) into the error the user sees. */
export function networkFailure(
  ctx: FailureContext,
  code: string | undefined,
  timeoutMs: number,
): Error {
  const url = `${ctx.origin}${ctx.path}`;
  const what =
    code === "ECONNABORTED" || code === "ETIMEDOUT"
      ? `timed out after ${timeoutMs} ms (raise the Timeout input if Bynder is slow for this call)`
      : `could not reach Bynder (${code ?? "network error"})`;
  return new BynderApiError({ method: ctx.method, url }, `Bynder ${ctx.method} ${url} ${what}.`);
}
