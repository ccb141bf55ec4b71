import { useClock } from "../../src/core/http/clock";

/**
 * Makes the client's clock (pacing, 429 pauses, backoff) run `scale` times faster than real time,
 * and returns a function that restores it. Its sleeps are as precise relative to the scaled clock
 * as setTimeout is to real time: setTimeout wakes ~1 ms late, which is 1.5 % of a 67 ms pacing gap
 * at Bynder's pace but would be half of a 2 ms gap scaled 33 times. So one shared poller (one
 * setImmediate loop for every sleeper) wakes each sleep on time.
 */
export function useScaledClock(scale: number): () => void {
  const p0 = performance.now();
  const t0 = Date.now();
  const sleepers: { until: number; wake: () => void }[] = [];
  let polling = false;
  const poll = () => {
    const now = performance.now();
    for (let i = sleepers.length - 1; i >= 0; i--) {
      if (sleepers[i].until <= now) sleepers.splice(i, 1)[0].wake();
    }
    polling = sleepers.length > 0;
    if (polling) setImmediate(poll);
  };
  return useClock({
    now: () => t0 + (performance.now() - p0) * scale,
    sleep: (ms) =>
      new Promise<void>((wake) => {
        sleepers.push({ until: performance.now() + Math.max(0, ms) / scale, wake });
        if (!polling) {
          polling = true;
          setImmediate(poll);
        }
      }),
  });
}
