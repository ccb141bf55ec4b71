/** A simulator's time source, in epoch milliseconds like Date.now; tests pass their own. */
export type SimClock = () => number;

/**
 * Time that runs `speed` times real time from the moment it is made, so a bench can outwait a
 * settle window or a token's expiry in seconds. `realNow` is injectable for tests.
 */
export function scaledClock(speed: number, realNow: SimClock = Date.now): SimClock {
  if (!(speed > 0) || !Number.isFinite(speed)) {
    throw new Error(`--clock-speed needs a positive number, not ${speed}`);
  }
  const t0 = realNow();
  return () => t0 + (realNow() - t0) * speed;
}
