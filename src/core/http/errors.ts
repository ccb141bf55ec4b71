import { type Connection, ConnectionError, SpectralError } from "@prismatic-io/spectral";
import { adviceFor, adviceText, type VendorProfile } from "./profile";
import type { Redactor } from "./redact";
import { type FailureKind, isIdempotent, mayHaveBeenApplied } from "./retry";

type Scalar = string | number | boolean;

/**
 * What a failure means for the request, so no caller parses it out of a message:
 * - `notSent`: it provably never left (refused, DNS, or held back by a 429 pause);
 * - `refused`: the server answered and did not apply it (4xx, 501, 505);
 * - `cutOff`: the answer stopped mid-body;
 * - `mayHaveBeenApplied`: it may have reached the server (5xx, dropped, timed out).
 */
/** The most of a vendor's error text a message quotes. */
const MAX_BODY_TEXT = 300;

/** Plain text of a (possibly HTML) error body, cut to a readable length. Redact BEFORE calling. */
export function plainErrorText(text: string): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_BODY_TEXT ? `${plain.slice(0, MAX_BODY_TEXT)}…` : plain;
}

export type Delivery = "notSent" | "refused" | "cutOff" | "mayHaveBeenApplied";

export interface ApiErrorDetails {
  method: string;
  /** Origin plus path, without query string or credentials. */
  url: string;
  status?: number;
  /** The vendor's own message, when it sent one. */
  vendorMessage?: string;
  /** The vendor's own code, when it differs from the status. */
  vendorCode?: string;
  /** The vendor's other scalar fields (redacted), e.g. `{ existingUUID: "…" }`. */
  fields?: Record<string, Scalar>;
  /** What happened to the last attempt; absent for errors built outside the send loop. */
  failure?: FailureKind;
  delivery?: Delivery;
  /** The message without the "may have been applied" sentence, for callers that say it their way. */
  summary?: string;
}

/** Fields that name an object (`existingUUID`, `id`, `mediaId`, `job_id`), shown in the message. */
const ID_FIELD = /^(id|uuid|ids)$|(Id|ID|Uuid|UUID|_id|_uuid)$/;

/** The id-like fields of an error body. */
export function idFields(fields: Record<string, Scalar> = {}): Record<string, Scalar> {
  return Object.fromEntries(Object.entries(fields).filter(([k]) => ID_FIELD.test(k)));
}

/** The one error type every request failure becomes. Carries no headers, config or token. */
export class ApiError extends SpectralError {
  readonly method: string;
  readonly url: string;
  readonly status?: number;
  readonly vendorMessage?: string;
  readonly vendorCode?: string;
  /** Every other scalar field of the error body, e.g. `existingUUID`, `id`, `mediaId`. */
  readonly details: Record<string, Scalar>;
  readonly failure?: FailureKind;
  readonly delivery?: Delivery;
  /** The message without the "may have been applied" sentence. */
  readonly summary: string;
  /** The server's Retry-After (seconds or an HTTP date), for callers that retry on their own. */
  retryAfter?: string;
  /** What it was built from, so `rephrase` can keep every field. */
  readonly source: ApiErrorDetails;

  constructor(details: ApiErrorDetails, message: string) {
    super(message);
    this.source = details;
    Object.defineProperty(this, "source", { enumerable: false });
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.vendorMessage = details.vendorMessage;
    this.vendorCode = details.vendorCode;
    this.details = details.fields ?? {};
    this.failure = details.failure;
    this.delivery = details.delivery;
    this.summary = details.summary ?? message;
  }

  /** Defines each id the vendor named as a property (`error.mediaId`), unless the name is taken. */
  protected exposeIds(): void {
    for (const [key, value] of Object.entries(idFields(this.details))) {
      if (!(key in this)) Object.defineProperty(this, key, { value, enumerable: true });
    }
  }

  /** Whether the request provably never reached the server, so sending it again is safe. */
  get notSent(): boolean {
    return this.delivery === "notSent";
  }
}

/** The same error (same class, fields and Retry-After) with a message that says more. */
export function rephrase<E extends ApiError>(error: E, message: string): E {
  const Kind = error.constructor as new (details: ApiErrorDetails, message: string) => E;
  const copy = new Kind({ ...error.source, summary: undefined }, message);
  if (error.retryAfter !== undefined) copy.retryAfter = error.retryAfter;
  return copy;
}

export function deliveryOf(failure: FailureKind): Delivery {
  if (failure.kind === "unsent") return "notSent";
  if (failure.kind === "cutoff") return "cutOff";
  return mayHaveBeenApplied(failure) ? "mayHaveBeenApplied" : "refused";
}

export interface FailureContext {
  profile: VendorProfile;
  method: string;
  origin: string;
  path: string;
  connection: Connection;
  redactor: Redactor;
}

function build(ctx: FailureContext, details: ApiErrorDetails, message: string): ApiError {
  return ctx.profile.createError?.(details, message) ?? new ApiError(details, message);
}

/** Said of a write that failed after it may have reached the server (5xx, drop, timeout, cut-off). */
export function appliedNote(vendor: string): string {
  return `The request may have been applied; check in ${vendor} before retrying.`;
}

/** Turns an HTTP failure (status + body) into the error the user sees. */
export function httpFailure(ctx: FailureContext, status: number, body: unknown): Error {
  const { profile } = ctx;
  // Redacted inside, before each text is cut short.
  const { message, code, fields } = profile.describeError(body, (t) => ctx.redactor.text(t));
  const url = `${ctx.origin}${ctx.path}`;
  const failure: FailureKind = { kind: "status", status };
  const details: ApiErrorDetails = {
    method: ctx.method,
    url,
    status,
    vendorMessage: message,
    vendorCode: code && code !== String(status) ? code : undefined,
    fields,
    failure,
    delivery: deliveryOf(failure),
  };
  const ids = Object.entries(idFields(fields))
    .map(([k, v]) => `${k}: ${v}`)
    .join(", ");
  const said = `${message ? `: ${message}` : ""}${ids ? ` (${ids})` : ""}`;
  const head = `${profile.name} ${ctx.method} ${url} failed with HTTP ${status}${said}`;
  if (status === 401) {
    return new ConnectionError(
      profile.safeConnection(ctx.connection),
      `${head}. ${profile.unauthorized(ctx.connection)}`,
    );
  }
  const codeNote = details.vendorCode ? ` (${profile.name} code ${details.vendorCode})` : "";
  if (status === 429) return build(ctx, details, `${head}. ${profile.rateLimit.message}`);
  const rule = adviceFor(profile.advice, ctx.method, ctx.path, status);
  if (rule) {
    const advice = adviceText(rule, ctx.method, ctx.path);
    return build(ctx, details, `${head}${rule.withCode ? codeNote : ""}. ${advice}`);
  }
  const summary = `${head}${codeNote}.`;
  // A write answered 5xx is not resent, but the server may have applied it before failing.
  const applied = !isIdempotent(ctx.method) && mayHaveBeenApplied(failure);
  return build(
    ctx,
    { ...details, summary },
    applied ? `${summary} ${appliedNote(profile.name)}` : summary,
  );
}

/** A request that gave up on a 429 pause (interactive, or past the operation's deadline) before it was sent. */
export function rateLimitFailure(ctx: FailureContext): Error {
  const url = `${ctx.origin}${ctx.path}`;
  return build(
    ctx,
    { method: ctx.method, url, status: 429, delivery: "notSent" },
    `${ctx.profile.name} ${ctx.method} ${url} was not sent. ${ctx.profile.rateLimit.message}`,
  );
}

export interface NetworkFailureInfo {
  failure: Exclude<FailureKind, { kind: "status" }>;
  timeoutMs: number;
  attempts: number;
  /** What the caller can do about a timeout, e.g. Raw Request's "raise the Timeout input". */
  timeoutAdvice?: string;
}

/** Turns a transport failure (refused, DNS, reset, timeout, cut-off body) into the error the user sees. */
export function networkFailure(ctx: FailureContext, info: NetworkFailureInfo): Error {
  const { name } = ctx.profile;
  const { kind } = info.failure;
  const code = ctx.redactor.text(info.failure.code);
  const url = `${ctx.origin}${ctx.path}`;
  const head = `${name} ${ctx.method} ${url}`;
  const limit =
    info.timeoutMs >= 1000 ? `${Math.round(info.timeoutMs / 100) / 10} s` : `${info.timeoutMs} ms`;
  const what: Record<typeof kind, string> = {
    unsent: `could not reach ${name} (${code}): the request was not sent. ${ctx.profile.unreachable}`,
    dropped: `failed: the connection was dropped before ${name} answered (${code}).`,
    timeout: `got no answer within ${limit}.`,
    cutoff: `failed: the response was cut off before it was complete (${code}).`,
    other: `could not reach ${name} (${code}).`,
  };
  const parts = [`${head} ${what[kind]}`];
  if (info.attempts > 1) parts.push(`Tried ${info.attempts} times.`);
  const advice =
    kind === "timeout"
      ? [info.timeoutAdvice ?? `${name} may be slow or busy; try again in a few minutes.`]
      : [];
  const applied = !isIdempotent(ctx.method) && kind !== "unsent" ? [appliedNote(name)] : [];
  const summary = [...parts, ...advice].join(" ");
  const failure = { kind, code };
  return build(
    ctx,
    { method: ctx.method, url, failure, delivery: deliveryOf(failure), summary },
    [...parts, ...applied, ...advice].join(" "),
  );
}
