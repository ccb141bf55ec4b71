/** How failed requests are retried. Every field is user-configurable through the client options. */
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

export const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
const TRANSIENT_NETWORK = new Set([
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "ECONNREFUSED",
  "EAI_AGAIN",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
]);

export interface FailedAttempt {
  method: string;
  /** 0 for the first retry decision, 1 for the second, … */
  attempt: number;
  status?: number;
  networkCode?: string;
  retryAfterHeader?: string;
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

/** Decides whether one failed attempt is retried, and after how long. Pure: the clock and randomness are injected. */
export function decideRetry(
  options: RetryOptions,
  failure: FailedAttempt,
  now: number,
  random: () => number,
): RetryDecision {
  if (failure.attempt >= options.maxRetries) return { retry: false };
  const method = failure.method.toUpperCase();
  const what = failure.status ? `HTTP ${failure.status}` : (failure.networkCode ?? "network error");
  let eligible: boolean;
  if (options.retryAllErrors) {
    eligible = true;
  } else if (failure.status === 429) {
    eligible = true;
  } else if (failure.status !== undefined) {
    eligible = RETRYABLE_STATUSES.has(failure.status) && IDEMPOTENT.has(method);
  } else {
    eligible = TRANSIENT_NETWORK.has(failure.networkCode ?? "") && IDEMPOTENT.has(method);
  }
  if (!eligible) return { retry: false };
  const backoff = backoffDelay(options, failure.attempt, random);
  const retryAfter = parseRetryAfter(failure.retryAfterHeader, now);
  if (retryAfter !== undefined && retryAfter > options.maxDelayMs) {
    return {
      retry: false,
      reason: `Bynder asked to wait ${Math.ceil(retryAfter / 1000)} s (Retry-After), longer than the maximum retry delay of ${options.maxDelayMs} ms`,
    };
  }
  const delayMs = Math.max(backoff, retryAfter ?? 0);
  return { retry: true, delayMs, reason: what };
}
