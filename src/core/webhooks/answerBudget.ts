import type { CallOptions } from "../http/client";

/**
 * A webhook sender waits only so long for its answer (Amazon SNS: 5 s is the bar we hold to), and
 * a slow answer invites a redelivery. Everything before the answer (the optional delay and the
 * optional read of the record) fits in one budget, measured from the start of the trigger's run.
 * Vendor-neutral.
 */
export const ANSWER_WITHIN_MS = 5000;
/** What the trigger itself may use; the rest is left for the platform to send the answer. */
export const ANSWER_BUDGET_MS = 4500;
/** The longest delay waited before the read, whatever is asked. */
export const MAX_DELAY_MS = 3000;
/** The read after the delay always keeps this much: a slow run shortens the delay to make room. */
export const MIN_READ_MS = 1000;
/** Below this, a read could not finish: it is skipped and the reason says so. */
export const SKIP_READ_BELOW_MS = 300;
const RETRY_DELAY_MS = 200;

/** The delay to wait before the read, given how long the run has taken so far. */
export function plannedDelayMs(requestedMs: number, elapsedMs: number): number {
  const room = ANSWER_BUDGET_MS - MIN_READ_MS - elapsedMs;
  return Math.max(0, Math.min(requestedMs, MAX_DELAY_MS, room));
}

/**
 * Client limits for a read that must end within `leftMs`, or undefined when too little is left.
 * Worst case: waits (pacing, one retry's backoff) end within `maxWaitMs` of the client's creation
 * and the last attempt starts by then and lasts at most `timeoutMs`: `maxWaitMs + timeoutMs` is
 * `leftMs`. One quick retry fits only after a fast failure (a 503), never after a timeout; a
 * rate-limit pause is waited only when it ends within `maxWaitMs` (a short Retry-After).
 */
export function readLimits(leftMs: number): CallOptions | undefined {
  if (leftMs < SKIP_READ_BELOW_MS) return undefined;
  const maxWaitMs = Math.floor(leftMs / 3);
  return {
    timeoutMs: leftMs - maxWaitMs,
    maxWaitMs,
    retry: {
      maxRetries: 1,
      baseDelayMs: RETRY_DELAY_MS,
      maxDelayMs: RETRY_DELAY_MS,
      exponential: false,
      jitter: false,
      retryAllErrors: false,
    },
  };
}
