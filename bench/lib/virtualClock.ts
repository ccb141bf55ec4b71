import { useClock } from "../../src/core/http/clock";

/**
 * A virtual clock for benches that measure a limiter, not the machine: time stands still while any
 * worker is working (a request in flight, a response being read) and jumps to the next wake-up only
 * once every live worker is asleep. Spare CPU then changes how long a run takes, never its result.
 */
export function useVirtualClock(start: number) {
  let now = start;
  let live = 0;
  const sleepers: { until: number; wake: () => void }[] = [];
  let scheduled = false;
  const advance = () => {
    scheduled = false;
    if (sleepers.length === 0 || sleepers.length < live) return;
    sleepers.sort((a, b) => a.until - b.until);
    now = Math.max(now, sleepers[0].until);
    while (sleepers.length && sleepers[0].until <= now) sleepers.shift()!.wake();
  };
  const check = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(advance);
    }
  };
  const restore = useClock({
    now: () => now,
    sleep: (ms) =>
      new Promise<void>((wake) => {
        sleepers.push({ until: now + Math.max(0, ms), wake });
        check();
      }),
  });
  return {
    now: () => now,
    restore,
    /** Runs `fn` as one worker: the clock waits for it whenever it is not asleep. */
    async worker<T>(fn: () => Promise<T>): Promise<T> {
      live += 1;
      try {
        return await fn();
      } finally {
        live -= 1;
        check();
      }
    },
  };
}
