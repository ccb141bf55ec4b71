/** How failed requests are retried. Every field is configurable through the client options. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  /** Delay before the first retry, and the unit of exponential growth. */
  baseDelayMs: number;
  /** No single wait is longer than this; a longer Retry-After ends the retries instead. */
  maxDelayMs: number;
  /** Double the delay on each retry (base, 2×base, 4×base, …). */
  exponential: boolean;
  /** Randomise each delay between half and all of its value, so parallel runs spread out. */
  jitter: boolean;
  /** Retry every failure, for every method, not only the transient ones on idempotent methods. */
  retryAllErrors: boolean;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  exponential: true,
  jitter: true,
  retryAllErrors: false,
};

/** The 429 schedule, separate from ordinary retries: a vendor may send no Retry-After to rely on. */
export interface RateLimitOptions {
  /** The first pause is drawn between these two, so parallel executions spread out. */
  firstPauseMinMs: number;
  firstPauseMaxMs: number;
  /** Each further 429 in a row doubles the pause, up to this. */
  maxPauseMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = {
  firstPauseMinMs: 30_000,
  firstPauseMaxMs: 60_000,
  maxPauseMs: 5 * 60_000,
};

/** Waits of one operation end this long after it began: clear of Prismatic's 15-minute limit. */
export const DEFAULT_MAX_WAIT_MS = 13 * 60_000;

/**
 * What went wrong with one attempt:
 * - `unsent`: the request never left (refused, DNS), so any method may be sent again;
 * - `dropped`: the connection broke before an answer (reset, broken pipe);
 * - `timeout`: no answer in time; `cutoff`: the answer stopped mid-body;
 * - `other`: anything else at the transport level.
 */
export type FailureKind =
  | { kind: "status"; status: number }
  | { kind: "unsent" | "dropped" | "timeout" | "cutoff" | "other"; code: string };

/** Server errors that may be transient, and that may come after the server already applied the request. */
export const SERVER_ERRORS = new Set([500, 502, 503, 504]);
export const RETRYABLE_STATUSES = new Set([429, ...SERVER_ERRORS]);
export const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

export interface FailedAttempt {
  method: string;
  /** 0 for the first retry decision, 1 for the second, … */
  attempt: number;
  failure: FailureKind;
  retryAfterHeader?: string;
  /** Who asked to wait, in the reason: the vendor's name. */
  vendor?: string;
}

export type RetryDecision =
  { retry: true; delayMs: number; reason: string } | { retry: false; reason?: string };

/** Parses Retry-After as seconds or an HTTP date; returns milliseconds, or undefined if absent or invalid. */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export function backoffDelay(options: RetryOptions, attempt: number, random: () => number): number {
  const raw = options.exponential ? options.baseDelayMs * 2 ** attempt : options.baseDelayMs;
  const capped = Math.min(raw, options.maxDelayMs);
  return options.jitter ? Math.round(capped / 2 + random() * (capped / 2)) : capped;
}

/** Whether a failure may be sent again, by method; `retryAllErrors` overrides it. */
export function mayRetry(method: string, failure: FailureKind): boolean {
  switch (failure.kind) {
    case "status":
      return (
        failure.status === 429 || (RETRYABLE_STATUSES.has(failure.status) && isIdempotent(method))
      );
    case "unsent":
      return true;
    case "dropped":
    case "timeout":
    case "cutoff":
      return isIdempotent(method);
    default:
      return false;
  }
}

/**
 * Whether the server may have applied a request whose attempt failed this way: it may have, unless
 * the request never left or the server refused it (4xx, including 429) or answered 501/505.
 */
export function mayHaveBeenApplied(failure: FailureKind): boolean {
  return failure.kind === "status" ? SERVER_ERRORS.has(failure.status) : failure.kind !== "unsent";
}

/**
 * A DELETE that gets 404 after an earlier attempt that may have been applied: that attempt deleted
 * it, so the delete is done rather than failed. A 404 on the first attempt is a real failure.
 */
export function alreadyDeleted(
  method: string,
  failure: FailureKind,
  earlierMayHaveApplied: boolean,
): boolean {
  return (
    earlierMayHaveApplied &&
    method.toUpperCase() === "DELETE" &&
    failure.kind === "status" &&
    failure.status === 404
  );
}

export function describeFailure(failure: FailureKind): string {
  return failure.kind === "status" ? `HTTP ${failure.status}` : failure.code;
}

/** Decides whether one failed attempt is retried, and after how long. Pure: the clock and randomness are injected. */
export function decideRetry(
  options: RetryOptions,
  failed: FailedAttempt,
  now: number,
  random: () => number,
): RetryDecision {
  if (failed.attempt >= options.maxRetries) return { retry: false };
  if (!options.retryAllErrors && !mayRetry(failed.method, failed.failure)) return { retry: false };
  const backoff = backoffDelay(options, failed.attempt, random);
  const retryAfter = parseRetryAfter(failed.retryAfterHeader, now);
  if (retryAfter !== undefined && retryAfter > options.maxDelayMs) {
    return {
      retry: false,
      reason: `${failed.vendor ?? "the server"} asked to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After), longer than the maximum retry delay of ${options.maxDelayMs} ms`,
    };
  }
  const delayMs = Math.max(backoff, retryAfter ?? 0);
  return { retry: true, delayMs, reason: describeFailure(failed.failure) };
}

/**
 * How long every request to the host pauses after the `strike`-th 429 in a row (1-based):
 * Retry-After when the server sends one (at least 1 s, so a `0` cannot make us hammer), otherwise a
 * jittered first pause that doubles per strike up to the cap.
 */
export function rateLimitPause(
  options: RateLimitOptions,
  strike: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  if (retryAfterMs !== undefined) return Math.max(1000, retryAfterMs);
  const span = Math.max(0, options.firstPauseMaxMs - options.firstPauseMinMs);
  const first = options.firstPauseMinMs + random() * span;
  return Math.round(Math.min(options.maxPauseMs, first * 2 ** Math.max(0, strike - 1)));
}

export type NextStep =
  | { kind: "pause"; untilMs: number }
  | { kind: "retry"; delayMs: number; reason: string }
  | { kind: "fail"; reason?: string };

export interface NextStepInput {
  method: string;
  failure: FailureKind;
  retryAfterHeader?: string;
  /** Ordinary retries already made (429 pauses do not count). */
  retries: number;
  retry: RetryOptions;
  now: number;
  /** No wait may end after this. */
  deadline: number;
  random: () => number;
  interactive?: boolean;
  /** For a 429 to a paced host: when the host's pause (just recorded) ends. */
  pauseEndsAt?: number;
  vendor?: string;
}

/**
 * The whole decision after a failed attempt, pure: a 429 from a paced host waits out the shared pause
 * unless the caller is interactive or the pause ends past the deadline; anything else follows the
 * retry policy, unless its backoff would end past the deadline.
 */
export function nextStep(input: NextStepInput): NextStep {
  if (input.pauseEndsAt !== undefined) {
    if (input.interactive) return { kind: "fail", reason: "an interactive call does not wait" };
    if (input.pauseEndsAt > input.deadline)
      return { kind: "fail", reason: "the pause would end after the deadline" };
    return { kind: "pause", untilMs: input.pauseEndsAt };
  }
  const decision = decideRetry(
    input.retry,
    {
      method: input.method,
      attempt: input.retries,
      failure: input.failure,
      retryAfterHeader: input.retryAfterHeader,
      vendor: input.vendor,
    },
    input.now,
    input.random,
  );
  if (!decision.retry) return { kind: "fail", reason: decision.reason };
  if (input.now + decision.delayMs > input.deadline)
    return { kind: "fail", reason: "the next retry would end after the deadline" };
  return { kind: "retry", delayMs: decision.delayMs, reason: decision.reason };
}
