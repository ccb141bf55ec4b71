import { resetPacers, useClock } from "../../../src/core/http/clock";

/**
 * A process clock whose `sleep` resolves at once and moves `now` forward, so every wait of the
 * client (pacing, 429 pauses, retry backoff) is instant but still measurable.
 */
export function installFakeClock(start = Date.UTC(2026, 10, 24, 12, 0, 0), random = 0.5) {
  let t = start;
  const sleeps: number[] = [];
  resetPacers();
  const restore = useClock({
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += Math.max(0, ms);
    },
    random: () => random,
  });
  return {
    start,
    sleeps,
    now: () => t,
    elapsed: () => t - start,
    restore: () => {
      restore();
      resetPacers();
    },
  };
}

/**
 * The clock every test starts with (installed by test/setup.ts): `now` is the real time plus all
 * that the file's tests have "slept" (so it never runs backwards), and `sleep` resolves at once, so pacing, 429 pauses and retry backoff cost
 * no real time while real timeouts (axios, loopback servers) still run on real time.
 */
let offset = 0;
let fakeOn = true;
const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

export function installTestClock(): () => void {
  return useClock({
    now: () => Date.now() + offset,
    sleep: (ms) => {
      if (!fakeOn) return realSleep(ms);
      offset += Math.max(0, ms);
      return Promise.resolve();
    },
  });
}

/** Starts a test on the fake test clock (test/setup.ts calls it before every test). */
export function resetTestClock(): void {
  // The offset is kept, so the clock never runs backwards between tests.
  fakeOn = true;
}

/** Opts the current test out of the fake test clock: the client's waits really sleep again. */
export function useRealClock(): void {
  fakeOn = false;
  resetPacers();
}
