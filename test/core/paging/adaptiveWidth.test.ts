import { resetPacers, useClock } from "../../../src/core/http/clock";
import { MAX_PER_SECOND } from "../../../src/core/http/pacer";
import type { CollectOptions } from "../../../src/core/paging/paginate";
import { adaptiveWidth } from "../../../src/core/paging/width";
import { assetList, idsOf, mediaWalk, pageClient, pageServerPerTest } from "./pageServer";

const serve = pageServerPerTest();

// The client's clock runs twice real time, so a 1 s page takes 500 ms: the pacer, the measured
// latency and the server's arrival log all read this one clock. (Faster would blow real scheduling
// delays up into latency the walk would rightly react to.)
const SCALE = 2;
function useScaledClock(scale: number): () => void {
  const t0 = Date.now();
  const p0 = performance.now();
  return useClock({
    now: () => t0 + (performance.now() - p0) * scale,
    sleep: (ms) => new Promise((wake) => setTimeout(wake, Math.max(0, ms) / scale)),
  });
}
let restore: (() => void) | undefined;
beforeEach(() => {
  resetPacers();
  restore = useScaledClock(SCALE);
});
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** Real milliseconds for `ms` on the scaled clock. */
const real = (ms: number) => ms / SCALE;

/** A walk whose width follows the latency, at the client's own pace (Bynder's default, 10/s). */
const adaptiveWalk = (url: string, ceiling = 16, extra: Partial<CollectOptions> = {}) =>
  mediaWalk(url, {
    concurrency: undefined,
    width: adaptiveWidth({ ratePerSecond: pageClient(url).ratePerSecond, ceiling }),
    ...extra,
  });

/** The most arrivals within any rolling second (a window of 1000 ms on the clock). */
function peakPerSecond(times: number[]): number {
  let best = 0;
  for (let lo = 0, hi = 0; hi < times.length; hi++) {
    while (times[hi] - times[lo] >= 1000) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

describe("Fetch All keeps about rate × latency pages in flight", () => {
  it("asks for more pages at once when pages are slow than when they are quick", async () => {
    const items = assetList(3000);
    const slow = await serve({ items, latencyMs: () => real(1000) });
    const all = await adaptiveWalk(slow.url);
    expect(idsOf(all.items)).toEqual(idsOf(items));
    // 10 requests a second × 1 s a page: about 10 in flight once the latency is known (a busy
    // machine adds a little to every page).
    expect(slow.stats.maxInFlight).toBeGreaterThanOrEqual(8);
    expect(slow.stats.maxInFlight).toBeLessThanOrEqual(14);
    await slow.close(); // pageServerPerTest closes only the last one

    const quick = await serve({ items, latencyMs: () => real(150) });
    await adaptiveWalk(quick.url);
    expect(quick.stats.maxInFlight).toBeLessThanOrEqual(4);
  });

  it("narrows again when the pages get quicker mid-walk, and keeps them in order", async () => {
    const items = assetList(6000);
    const server = await serve({ items, latencyMs: (page) => real(page <= 20 ? 1000 : 100) });
    const all = await adaptiveWalk(server.url);
    expect(idsOf(all.items)).toEqual(idsOf(items));
    const inFlight = (from: number, to: number) =>
      Math.max(
        ...server.stats.arrivals
          .filter((a) => a.page >= from && a.page <= to)
          .map((a) => a.inFlight),
      );
    expect(inFlight(10, 20)).toBeGreaterThanOrEqual(8);
    expect(inFlight(40, 61)).toBeLessThanOrEqual(4);
  });

  it("never goes past its ceiling, however slow the pages", async () => {
    const server = await serve({ items: assetList(3000), latencyMs: () => real(2000) });
    const all = await adaptiveWalk(server.url, 6);
    expect(all.complete).toBe(true);
    // 10/s × 2 s would be 20 in flight: the ceiling holds it at 6.
    expect(server.stats.maxInFlight).toBe(6);
  });

  it("never sends more requests in any rolling second than the pacer allows, and uses its budget", async () => {
    // On real time: a scaled clock would turn every scheduling delay into a larger arrival jitter.
    restore?.();
    restore = useScaledClock(1);
    const server = await serve({ items: assetList(3000), latencyMs: () => 1500 });
    const all = await adaptiveWalk(server.url);
    expect(all.complete).toBe(true);
    const times = server.stats.arrivals.map((a) => a.at);
    const peak = peakPerSecond(times);
    expect(peak).toBeLessThanOrEqual(MAX_PER_SECOND);
    // The budget is used: 10 a second (plus the burst) rather than the 4 a fixed width allowed.
    expect(peak).toBeGreaterThanOrEqual(10);
  });
});

describe("with an item cap, the first pages need not wait for the total", () => {
  it("starts the pages Max Items allows while a slow first page is still out", async () => {
    restore?.(); // real time: the start-ahead is a real-time race
    restore = undefined;
    const items = assetList(2050);
    const server = await serve({ items, latencyMs: (page) => (page === 1 ? 1300 : 10) });
    const all = await adaptiveWalk(server.url, 16, { maxItems: 250, maxPages: 4 });
    const firstAnswer = server.stats.answered.get(1) ?? 0;
    const early = server.stats.arrivals.filter((a) => a.at < firstAnswer).map((a) => a.page);
    // The pages 250 items need (3 of 100) go out before page 1 answers: the cap bounds them, not
    // the pacer's burst of 5.
    expect(early).toEqual([1, 2, 3]);
    expect(server.stats.pages).toHaveLength(3);
    expect(all).toMatchObject({ stoppedBy: "maxItems", total: 2050 });
    expect(idsOf(all.items)).toEqual(idsOf(items.slice(0, 250)));
  });

  it("spends no request ahead when the first page answers quickly", async () => {
    const server = await serve({ items: assetList(30), latencyMs: () => 5 });
    const all = await adaptiveWalk(server.url, 16, { maxItems: 10_000 });
    expect(all).toMatchObject({ complete: true, pages: 1 });
    expect(server.stats.pages).toEqual([1]);
  });
});

describe("adaptiveWidth on its own", () => {
  it("starts at the pacer's burst, then follows rate × latency between 1 and the ceiling", () => {
    const width = adaptiveWidth({ ratePerSecond: 10, ceiling: 12 });
    expect(width.current()).toBe(5);
    width.observe(500);
    expect(width.current()).toBe(5);
    width.observe(3000); // smoothed: (500 + 3000) / 2
    expect(width.current()).toBe(12);
    for (let i = 0; i < 8; i++) width.observe(20);
    expect(width.current()).toBe(1);
  });

  it("refuses a rate or a ceiling it cannot work with", () => {
    expect(() => adaptiveWidth({ ratePerSecond: 0, ceiling: 4 })).toThrow(
      "adaptiveWidth: ratePerSecond must be a positive number (got 0).",
    );
    expect(() => adaptiveWidth({ ratePerSecond: 10, ceiling: 0.5 })).toThrow(
      "adaptiveWidth: ceiling must be a positive whole number (got 0.5).",
    );
  });
});
