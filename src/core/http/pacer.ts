import { type Clock, clock } from "./clock";

/** The default cap of requests in any rolling second, when a vendor's profile names none. */
export const MAX_PER_SECOND = 15;
export const DEFAULT_RATE_PER_SECOND = 10;

export type Gate = { ok: true; epoch: number } | { ok: false; pausedForMs: number };

/**
 * What every client of one host shares, whatever its own pace: the rolling-second cap (the limit
 * is per IP) and the 429 pause that holds every request to the host.
 */
export class HostState {
  /** Send times of the last `maxInAnySecond` requests, oldest first. */
  readonly recent: number[] = [];
  pausedUntil = 0;
  /** 429s in a row without a success since; drives the growth of the pause. */
  strikes = 0;
  /** Bumped by every pause, so a 429 to a request sent before that pause does not grow it again. */
  epoch = 0;
  constructor(readonly maxInAnySecond = MAX_PER_SECOND) {}
}

/**
 * One pace to one host: a token bucket (the sustained rate, plus a small burst) over the host's
 * shared state (the cap in any rolling second, and the 429 pause).
 */
export class Pacer {
  private readonly rate: number;
  private readonly capacity: number;
  private tokens: number;
  private updated: number;

  /** `burst` defaults to half a second's worth; the per-second cap holds whatever it is. */
  constructor(
    ratePerSecond: number,
    now: number,
    burst?: number,
    readonly host = new HostState(),
  ) {
    this.rate = ratePerSecond;
    this.capacity = burst ?? burstFor(ratePerSecond, host.maxInAnySecond);
    this.tokens = this.capacity;
    this.updated = now;
  }

  /** The sustained rate, requests per second. */
  get ratePerSecond(): number {
    return this.rate;
  }
  get pausedUntil(): number {
    return this.host.pausedUntil;
  }
  get strikes(): number {
    return this.host.strikes;
  }
  get epoch(): number {
    return this.host.epoch;
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
    const { recent, maxInAnySecond: cap } = this.host;
    const n = recent.length;
    const window = n >= cap ? Math.max(0, recent[n - cap] + 1000 - now) : 0;
    return { pause, pace: Math.max(bucket, window) };
  }

  /** A clock that went backwards (a test swapping clocks) must not block the pacer. */
  private rewind(now: number): void {
    if (now >= this.updated) return;
    this.updated = now;
    this.host.recent.length = 0;
  }

  /** Records a request sent at `now`; call only when waitMs(now) is zero. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
    const { recent } = this.host;
    recent.push(now);
    if (recent.length > this.host.maxInAnySecond) recent.shift();
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
   * to the host, unless a newer pause already covers it. Returns when the pause ends.
   */
  rateLimited(sentEpoch: number, now: number, pauseFor: (strike: number) => number): number {
    const host = this.host;
    if (sentEpoch === host.epoch) {
      host.strikes += 1;
      host.epoch += 1;
      host.pausedUntil = Math.max(host.pausedUntil, now + pauseFor(host.strikes));
    }
    return host.pausedUntil;
  }

  /** A request sent after the latest pause got through: the block has lifted. */
  succeeded(sentEpoch: number): void {
    if (sentEpoch === this.host.epoch) this.host.strikes = 0;
  }
}

/** A burst of half a second's worth, never letting one second exceed the cap. */
function burstFor(rate: number, cap: number): number {
  return Math.max(1, Math.min(rate / 2, cap - rate));
}

const hosts = new Map<string, HostState>();
const pacers = new Map<string, Pacer>();

/** Forgets every host's pacers: their rates, bursts and any 429 pause (between tests, benches). */
export function resetPacers(): void {
  hosts.clear();
  pacers.clear();
}

/**
 * The process-wide pacer of an origin at one rate, created on first use. Clients of the same
 * origin at different rates each keep their own pace (none retunes another's) but share the
 * host's rolling-second cap and its 429 pause.
 */
export function pacerFor(
  origin: string,
  ratePerSecond = DEFAULT_RATE_PER_SECOND,
  maxInAnySecond = MAX_PER_SECOND,
): Pacer {
  const rate = Math.min(Math.max(ratePerSecond, 0.01), maxInAnySecond);
  let host = hosts.get(origin);
  if (!host) {
    host = new HostState(maxInAnySecond);
    hosts.set(origin, host);
  }
  const key = `${rate} ${origin}`;
  let pacer = pacers.get(key);
  if (!pacer) {
    pacer = new Pacer(rate, clock().now(), undefined, host);
    pacers.set(key, pacer);
  }
  return pacer;
}
