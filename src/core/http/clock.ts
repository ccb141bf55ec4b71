/**
 * The process clock every wait of the client goes through (retry backoff, 429 pauses, pacing), so
 * tests can swap in a fake one and no test ever really sleeps.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Jitter source in [0, 1). */
  random(): number;
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms))),
  random: () => Math.random(),
};

let current: Clock = realClock;

/** The clock in use right now; read it at call time, never cache it. */
export function clock(): Clock {
  return current;
}

/**
 * Replaces parts of the process clock (e.g. a `sleep` that resolves at once and advances a fake
 * `now`) and returns a function that restores the previous one.
 */
export function useClock(overrides: Partial<Clock>): () => void {
  const previous = current;
  current = { ...previous, ...overrides };
  return () => {
    current = previous;
  };
}

/** Kept here too, beside the clock tests install (the one piece of process-wide state). */
export { resetPacers } from "./pacer";

/**
 * The one deadline every wait of an operation checks (retries, 429 pauses, chunk retries, polls,
 * the save wait). It ends `budgetMs` after the execution began; the time already spent is read on
 * the wall clock (the only clock `startedAt` is on), then the deadline is kept on the process clock.
 */
export interface Deadline {
  /** Process-clock time by which every wait must have ended. */
  readonly at: number;
  readonly budgetMs: number;
  /** Milliseconds left, never negative. */
  left(): number;
  /** Whether a wait of `ms` starting now still ends in time. */
  allows(ms: number): boolean;
}

/**
 * `startedAt` is the execution's start (an ISO date, as Prismatic's context gives it, or epoch
 * milliseconds); without a readable one, or one in the future, the budget counts from now.
 * `capMs`, when given, ends it sooner: that long from now.
 */
export function deadlineFrom(
  budgetMs: number,
  startedAt?: string | number,
  now: () => number = () => clock().now(),
  capMs?: number,
): Deadline {
  const started = typeof startedAt === "number" ? startedAt : Date.parse(startedAt ?? "");
  const spent = Number.isFinite(started) ? Math.max(0, Date.now() - started) : 0;
  const execution = now() - spent + budgetMs;
  // A caller's own cap (a webhook answer's few seconds) counts from now, never past the execution's.
  const at = capMs === undefined ? execution : Math.min(execution, now() + capMs);
  return {
    at,
    budgetMs,
    left: () => Math.max(0, at - now()),
    allows: (ms) => now() + ms <= at,
  };
}
