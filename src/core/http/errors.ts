import { type Connection, ConnectionError, SpectralError } from "@prismatic-io/spectral";
import { DEFAULT_SCOPES } from "../../bynder/connections/scopes";
import { safeConnection } from "../../bynder/client/portal";
import { roleHint, scopeHint, scopeNote } from "../../bynder/client/accessHints";
import { isSecretKey, type Redactor } from "./redact";
import { isIdempotent, mayHaveBeenApplied } from "./retry";

const DEFAULT_SCOPE_SET = new Set(DEFAULT_SCOPES.split(" "));

const MAX_BODY_TEXT = 300;
type Scalar = string | number | boolean;

export interface BynderErrorDetails {
  method: string;
  /** Portal origin plus path, without query string or credentials. */
  url: string;
  status?: number;
  /** Bynder's own message, when it sent one. */
  bynderMessage?: string;
  /** Bynder's own code (`statuscode`, `status_code` or `errorCode`), when it differs from the status. */
  bynderCode?: string;
  /** Bynder's other scalar fields (redacted), e.g. `{ existingUUID: "…" }` on "already exists". */
  fields?: Record<string, Scalar>;
}

const MAX_FIELD_TEXT = 200;
/** Fields that name an object (`existingUUID`, `id`, `mediaId`, `job_id`), shown in the message. */
const ID_FIELD = /^(id|uuid|ids)$|(Id|ID|Uuid|UUID|_id|_uuid)$/;
const MESSAGE_KEYS = ["message", "error_description", "errorMessage", "error", "detail"];
const CODE_KEYS = ["errorCode", "statuscode", "status_code", "code"];

/** The one error type every request failure becomes. Carries no headers, config or token. */
export class BynderApiError extends SpectralError {
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly bynderMessage?: string;
  readonly bynderCode?: string;
  /** Every other scalar field of Bynder's error body, e.g. `existingUUID`, `id`, `mediaId`. */
  readonly details: Record<string, Scalar>;
  /** The existing object's id when Bynder refuses a duplicate ("option already exists"). */
  readonly existingUUID?: string;
  /** The server's Retry-After (seconds or an HTTP date), for callers that retry on their own. */
  retryAfter?: string;

  constructor(details: BynderErrorDetails, message: string) {
    super(message);
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.bynderMessage = details.bynderMessage;
    this.bynderCode = details.bynderCode;
    this.details = details.fields ?? {};
    if (this.details.existingUUID !== undefined)
      this.existingUUID = String(this.details.existingUUID);
    // Any other id Bynder named becomes a property too (`error.mediaId`), unless the name is taken.
    for (const [key, value] of Object.entries(idFields(this.details))) {
      if (!(key in this)) Object.defineProperty(this, key, { value, enumerable: true });
    }
  }
}

/** The id-like fields of Bynder's error body. */
export function idFields(fields: Record<string, Scalar> = {}): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => ID_FIELD.test(k)));
}

type Redact = (text: string) => string;
const asIs: Redact = (text) => text;

/** Plain text of a (possibly HTML) message, cut to a readable length. Redact BEFORE calling. */
function squash(text: string): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_BODY_TEXT ? `${plain.slice(0, MAX_BODY_TEXT)}…` : plain;
}

/**
 * Reads Bynder's message, code and other scalar fields out of each error shape it uses (v4,
 * brandstore, taxonomy, OAuth, text, HTML). `redact` runs on every text before it is cut short, so
 * a secret straddling the cut cannot leave a fragment behind.
 */
export function extractBynderMessage(
  body: unknown,
  redact: Redact = asIs,
): { message?: string; code?: string; fields?: Record<string, Scalar> } {
  let data = body;
  if (Buffer.isBuffer(data)) data = data.toString("utf8");
  if (data instanceof ArrayBuffer) data = Buffer.from(data).toString("utf8");
  if (typeof data === "string") {
    const trimmed = data.trim();
    if (trimmed.startsWith("{")) {
      try {
        return extractBynderMessage(JSON.parse(trimmed), redact);
      } catch {
        // not JSON after all: fall through to plain text
      }
    }
    // S3 (upload bucket, pre-signed downloads) answers XML: <Error><Code>…</Code><Message>…</Message>.
    const xml = /<Error>[\s\S]*?<Code>([^<]*)<\/Code>[\s\S]*?<Message>([^<]*)<\/Message>/.exec(
      trimmed,
    );
    if (xml) return { message: squash(redact(xml[2])), code: redact(xml[1]) };
    return trimmed ? { message: squash(redact(trimmed)) } : {};
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    const pick = (keys: string[]) => {
      for (const k of keys) {
        const v = o[k];
        if (typeof v === "string" && v.trim()) return v.trim();
        if (typeof v === "number") return String(v);
      }
      return undefined;
    };
    const message = pick(MESSAGE_KEYS);
    const code = pick(CODE_KEYS);
    const fields: Record<string, Scalar> = {};
    for (const [k, v] of Object.entries(o)) {
      if (MESSAGE_KEYS.includes(k) || CODE_KEYS.includes(k) || isSecretKey(k)) continue;
      if (typeof v === "number" || typeof v === "boolean") fields[k] = v;
      else if (typeof v === "string") fields[k] = redact(v).slice(0, MAX_FIELD_TEXT);
    }
    // An unknown shape is shown as-is rather than dropped.
    return {
      message: squash(redact(message ?? JSON.stringify(o))),
      code: code === undefined ? undefined : redact(code),
      fields: Object.keys(fields).length ? fields : undefined,
    };
  }
  if (data !== undefined && data !== null) return { message: squash(redact(JSON.stringify(data))) };
  return {};
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
  // Redacted inside, before each text is cut short.
  const { message, code, fields } = extractBynderMessage(body, (t) => ctx.redactor.text(t));
  const url = `${ctx.origin}${ctx.path}`;
  const details: BynderErrorDetails = {
    method: ctx.method,
    url,
    status,
    bynderMessage: message,
    bynderCode: code && code !== String(status) ? code : undefined,
    fields,
  };
  const ids = Object.entries(idFields(fields))
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");
  const said = `${message ? `: ${message}` : ""}${ids ? ` (${ids})` : ""}`;
  const head = `Bynder ${ctx.method} ${url} failed with HTTP ${status}${said}`;
  if (status === 401) {
    return new ConnectionError(
      safeConnection(ctx.connection),
      ctx.connection.key === "permanentToken"
        ? `${head}. The permanent token was rejected (revoked, expired or from another portal). Check the Token in the Bynder connection, or create a new permanent token in Bynder and paste it there.`
        : `${head}. The access token was rejected (expired, revoked or for another portal). Reconnect the Bynder connection and try again.`,
    );
  }
  if (status === 403) {
    const scope = scopeHint(ctx.method, ctx.path);
    const need = scope
      ? `the "${scope}" scope on the connection${DEFAULT_SCOPE_SET.has(scope) ? "" : " (not among the default scopes: add it to Scopes and reconnect)"}`
      : "the right scope on the connection";
    const note = scopeNote(ctx.path);
    const role = roleHint(ctx.path, ctx.method);
    const who = role
      ? `the ${role} security role for the connected user`
      : "a Bynder security role that allows it for the connected user";
    return new BynderApiError(
      details,
      `${head}. Permission denied: this call probably needs ${need} and ${who} (ask a Bynder admin).${note ? ` Note: ${note}.` : ""}`,
    );
  }
  if (status === 409 && /^\/api\/workflow\/jobs\/[^/]+\/finish/i.test(ctx.path)) {
    return new BynderApiError(
      details,
      `${head}. The job is already finished, or it is not on its last stage yet: move it to its last stage with Update Job (see Get Job Stages), or re-open it in Bynder to finish it again.`,
    );
  }
  if (status === 429) {
    return new BynderApiError(details, `${head}. ${RATE_LIMIT_ADVICE}`);
  }
  const codeNote = details.bynderCode ? ` (Bynder code ${details.bynderCode})` : "";
  // A write answered 5xx is not resent, but Bynder may have applied it before failing.
  const applied =
    !isIdempotent(ctx.method) && mayHaveBeenApplied({ kind: "status", status })
      ? ` ${MAY_HAVE_BEEN_APPLIED}`
      : "";
  return new BynderApiError(details, `${head}${codeNote}.${applied}`);
}

/** Said of a write that failed after it may have reached Bynder (5xx, drop, timeout, cut-off). */
export const MAY_HAVE_BEEN_APPLIED =
  "The request may have been applied; check in Bynder before retrying.";

/** Bynder's per-IP limit, said the same way wherever a request gives up on it. */
export const RATE_LIMIT_ADVICE =
  "Bynder's rate limit was reached: it allows 4,500 requests per 5 minutes per IP address, shared with every other integration calling Bynder from the same IP. Try again in about 5 minutes.";

/** A request that gave up on a 429 pause (interactive, or past the operation's deadline) before it was sent. */
export function rateLimitFailure(ctx: FailureContext): Error {
  const url = `${ctx.origin}${ctx.path}`;
  return new BynderApiError(
    { method: ctx.method, url, status: 429 },
    `Bynder ${ctx.method} ${url} was not sent. ${RATE_LIMIT_ADVICE}`,
  );
}

export interface NetworkFailureInfo {
  kind: "unsent" | "dropped" | "timeout" | "cutoff" | "other";
  code: string;
  timeoutMs: number;
  attempts: number;
  /** Whether sending it again is safe (GET, PUT, DELETE…); if not, a write may have been applied. */
  idempotent: boolean;
  /** What the caller can do about a timeout, e.g. Raw Request's "raise the Timeout input". */
  timeoutAdvice?: string;
}

/** Turns a transport failure (refused, DNS, reset, timeout, cut-off body) into the error the user sees. */
export function networkFailure(ctx: FailureContext, info: NetworkFailureInfo): Error {
  const url = `${ctx.origin}${ctx.path}`;
  const head = `Bynder ${ctx.method} ${url}`;
  const limit =
    info.timeoutMs >= 1000 ? `${Math.round(info.timeoutMs / 100) / 10} s` : `${info.timeoutMs} ms`;
  const what: Record<NetworkFailureInfo["kind"], string> = {
    unsent: `could not reach Bynder (${info.code}): the request was not sent. Check the portal address in the connection and that the portal is up.`,
    dropped: `failed: the connection was dropped before Bynder answered (${info.code}).`,
    timeout: `got no answer within ${limit}.`,
    cutoff: `failed: the response was cut off before it was complete (${info.code}).`,
    other: `could not reach Bynder (${info.code}).`,
  };
  const parts = [`${head} ${what[info.kind]}`];
  if (info.attempts > 1) parts.push(`Tried ${info.attempts} times.`);
  if (!info.idempotent && info.kind !== "unsent") {
    parts.push(MAY_HAVE_BEEN_APPLIED);
  }
  if (info.kind === "timeout") {
    parts.push(info.timeoutAdvice ?? "Bynder may be slow or busy; try again in a few minutes.");
  }
  return new BynderApiError({ method: ctx.method, url }, parts.join(" "));
}
