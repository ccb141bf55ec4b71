/**
 * How many pages a walk keeps in flight. A fixed width either idles the pacer (slow pages) or piles
 * requests up behind it (fast ones); by Little's law a pacer of `rate` requests per second is kept
 * busy by about rate × latency requests in flight, so the adaptive width follows the latency the
 * pages actually take on the wire.
 */
export interface Width {
  /** Pages that may be in flight (or held, answered but not yet consumed) now: at least 1. */
  current(): number;
  /** A page was answered after `ms` on the wire (pacer waits excluded). */
  observe(ms: number): void;
  /**
   * When the first page is still unanswered after this long (real time), an item-capped walk
   * starts the next pages without waiting for the total. Undefined: never.
   */
  startAheadAfterMs?: number;
}

export interface AdaptiveWidthOptions {
  /** The pacer's sustained rate, requests per second. */
  ratePerSecond: number;
  /** The most pages ever in flight, whatever the latency: it bounds the memory pages take. */
  ceiling: number;
}

/** Weight of the newest latency: a change shows within two or three pages, one slow page does not swing it. */
const NEWEST = 0.5;

export function fixedWidth(pages: number): Width {
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`paginate: concurrency must be a positive whole number (got ${pages}).`);
  }
  return { current: () => pages, observe: () => undefined };
}

export function adaptiveWidth({ ratePerSecond, ceiling }: AdaptiveWidthOptions): Width {
  if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0) {
    throw new Error(
      `adaptiveWidth: ratePerSecond must be a positive number (got ${ratePerSecond}).`,
    );
  }
  if (!Number.isInteger(ceiling) || ceiling < 1) {
    throw new Error(`adaptiveWidth: ceiling must be a positive whole number (got ${ceiling}).`);
  }
  const clamp = (n: number) => Math.min(ceiling, Math.max(1, Math.ceil(n)));
  // Before any page is answered: the pacer's burst (half a second's worth) goes out at once anyway.
  const initial = clamp(ratePerSecond / 2);
  let latencyMs: number | undefined;
  return {
    // A first page slower than a second (or two pacer slots, under 2 a second) is a slow API, whose
    // later pages will be slow too; a quicker one (most short lists) answers first and costs no
    // request on speculation.
    startAheadAfterMs: Math.max(1000, 2000 / ratePerSecond),
    current: () => (latencyMs === undefined ? initial : clamp((ratePerSecond * latencyMs) / 1000)),
    observe: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) return;
      latencyMs = latencyMs === undefined ? ms : NEWEST * ms + (1 - NEWEST) * latencyMs;
    },
  };
}
