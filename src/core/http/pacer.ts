import { type Clock, clock, onReset } from "./clock";

export { resetPacers } from "./clock";

/** Bynder's older documented limit; with it no execution can pass 4,500 requests per 5 minutes. */
export const MAX_PER_SECOND = 15;
export const DEFAULT_RATE_PER_SECOND = 10;

export type Gate = { ok: true; epoch: number } | { ok: false; pausedForMs: number };

/**
 * One portal's request budget: a token bucket (the sustained rate, plus a small burst), a hard cap
 * of 15 requests in any rolling second, and the 429 pause that holds every request to the portal.
 */
export class Pacer {
  private rate: number;
  private capacity: number;
  private tokens: number;
  private updated: number;
  /** Send times of the last MAX_PER_SECOND requests, oldest first. */
  private readonly recent: number[] = [];
  pausedUntil = 0;
  /** 429s in a row without a success since; drives the growth of the pause. */
  strikes = 0;
  /** Bumped by every pause, so a 429 to a request sent before that pause does not grow it again. */
  epoch = 0;

  /** `burst` defaults to half a second's worth; the 15-per-second cap holds whatever it is. */
  constructor(ratePerSecond: number, now: number, burst = burstFor(ratePerSecond)) {
    this.rate = ratePerSecond;
    this.capacity = burst;
    this.tokens = this.capacity;
    this.updated = now;
  }

  configure(ratePerSecond: number): void {
    if (ratePerSecond === this.rate) return;
    this.rate = ratePerSecond;
    this.capacity = burstFor(ratePerSecond);
    this.tokens = Math.min(this.tokens, this.capacity);
  }

  private refill(now: number): void {
    if (now > this.updated) {
      this.tokens = Math.min(
        this.capacity,
        this.tokens + ((now - this.updated) * this.rate) / 1000,
      );
      this.updated = now;
    }
  }

  /** Milliseconds until a request may be sent: the pause part and the pacing part. Pure read. */
  waitMs(now: number): { pause: number; pace: number } {
    const pause = Math.max(0, this.pausedUntil - now);
    const elapsed = Math.max(0, now - this.updated);
    const tokens = Math.min(this.capacity, this.tokens + (elapsed * this.rate) / 1000);
    const bucket = tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * 1000) / this.rate);
    const n = this.recent.length;
    const window =
      n >= MAX_PER_SECOND ? Math.max(0, this.recent[n - MAX_PER_SECOND] + 1000 - now) : 0;
    return { pause, pace: Math.max(bucket, window) };
  }

  /** A clock that went backwards (a test swapping clocks) must not block the pacer. */
  private rewind(now: number): void {
    if (now >= this.updated) return;
    this.updated = now;
    this.recent.length = 0;
  }

  /** Records a request sent at `now`; call only when waitMs(now) is zero. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
    this.recent.push(now);
    if (this.recent.length > MAX_PER_SECOND) this.recent.shift();
  }

  /**
   * Waits for a slot. Fails (without waiting) when a 429 pause is in force and the caller may not
   * wait it out: interactive callers, or a pause that ends after `deadline`.
   */
  async acquire(options: {
    deadline: number;
    interactive?: boolean;
    /** The caller's clock; the process clock by default. */
    clock?: Pick<Clock, "now" | "sleep">;
  }): Promise<Gate> {
    const time = options.clock ?? clock();
    for (;;) {
      const now = time.now();
      this.rewind(now);
      const { pause, pace } = this.waitMs(now);
      if (pause > 0 && (options.interactive || now + pause > options.deadline)) {
        return { ok: false, pausedForMs: pause };
      }
      const wait = Math.max(pause, pace);
      if (wait <= 0) {
        this.take(now);
        return { ok: true, epoch: this.epoch };
      }
      await time.sleep(wait);
    }
  }

  /**
   * A 429 arrived for a request sent in `sentEpoch`: starts (or grows) the pause for every request
   * to the portal, unless a newer pause already covers it. Returns when the pause ends.
   */
  rateLimited(sentEpoch: number, now: number, pauseFor: (strike: number) => number): number {
    if (sentEpoch === this.epoch) {
      this.strikes += 1;
      this.epoch += 1;
      this.pausedUntil = Math.max(this.pausedUntil, now + pauseFor(this.strikes));
    }
    return this.pausedUntil;
  }

  /** A request sent after the latest pause got through: the block has lifted. */
  succeeded(sentEpoch: number): void {
    if (sentEpoch === this.epoch) this.strikes = 0;
  }
}

/** A burst of half a second's worth, never letting one second exceed MAX_PER_SECOND. */
function burstFor(rate: number): number {
  return Math.max(1, Math.min(rate / 2, MAX_PER_SECOND - rate));
}

const pacers = new Map<string, Pacer>();
onReset(() => pacers.clear());

/** The process-wide pacer of a portal origin, created on first use. */
export function pacerFor(origin: string, ratePerSecond = DEFAULT_RATE_PER_SECOND): Pacer {
  const rate = Math.min(Math.max(ratePerSecond, 0.01), MAX_PER_SECOND);
  let pacer = pacers.get(origin);
  if (!pacer) {
    pacer = new Pacer(rate, clock().now());
    pacers.set(origin, pacer);
  } else {
    pacer.configure(rate);
  }
  return pacer;
}
