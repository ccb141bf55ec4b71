import { resetPacers, useClock } from "../../src/client/clock";

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
