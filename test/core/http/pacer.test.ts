import { clock, resetPacers, useClock } from "../../../src/core/http/clock";
import { MAX_PER_SECOND, Pacer, pacerFor } from "../../../src/core/http/pacer";
import { installFakeClock } from "./fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock();
});
afterEach(() => fake.restore());

/** The most requests sent within any window [t, t + 1000 ms). */
function busiestSecond(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j] - times[i] >= 1000) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/**
 * `workers` loops that each send as fast as the pacer allows until `untilMs` of virtual time. Sleeps
 * are queued and woken in time order (a real scheduler, so concurrent waits overlap, not add up).
 */
async function hammer(pacer: Pacer, workers: number, untilMs: number): Promise<number[]> {
  let t = fake.now();
  const end = t + untilMs;
  const queue: { wake: number; resolve: () => void }[] = [];
  const restore = useClock({
    now: () => t,
    sleep: (ms) => new Promise<void>((resolve) => queue.push({ wake: t + ms, resolve })),
  });
  const sent: number[] = [];
  let done = false;
  const all = Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        const gate = await pacer.acquire({ deadline: Number.POSITIVE_INFINITY });
        if (!gate.ok) throw new Error("unexpected pause");
        if (t >= end) return;
        sent.push(t);
      }
    }),
  ).finally(() => {
    done = true;
  });
  try {
    while (!done) {
      await new Promise((r) => setImmediate(r));
      if (!queue.length) continue;
      queue.sort((a, b) => a.wake - b.wake);
      const next = queue.shift();
      t = Math.max(t, next?.wake ?? t);
      next?.resolve();
    }
    await all;
  } finally {
    restore();
  }
  return sent.sort((a, b) => a - b);
}

describe("pacer", () => {
  it("never sends more than 15 requests in any second and about 10 per second over a minute", async () => {
    const sent = await hammer(pacerFor("https://acme.bynder.com"), 8, 60_000);
    expect(busiestSecond(sent)).toBeLessThanOrEqual(MAX_PER_SECOND);
    // 10 per second for 60 s plus the initial burst of 5.
    expect(sent.length).toBeGreaterThanOrEqual(600);
    expect(sent.length).toBeLessThanOrEqual(606);
  });

  it("keeps one execution under 4,500 requests per 5 minutes even at the highest configurable pace", async () => {
    const sent = await hammer(pacerFor("https://acme.bynder.com", 15), 20, 300_000);
    expect(busiestSecond(sent)).toBeLessThanOrEqual(MAX_PER_SECOND);
    expect(sent.length).toBeLessThanOrEqual(4500);
    expect(sent.length).toBeGreaterThan(4400);
  });

  it("caps any second at 15 requests even when the bucket would allow a bigger burst", async () => {
    const sent = await hammer(new Pacer(15, fake.now(), 15), 20, 10_000);

    expect(busiestSecond(sent)).toBe(MAX_PER_SECOND);
  });

  it("holds to a slow configured pace, and one pacer serves every client of the same portal", async () => {
    const pacer = pacerFor("https://acme.bynder.com", 2);
    expect(pacerFor("https://acme.bynder.com", 2)).toBe(pacer);
    expect(pacerFor("https://other.bynder.com")).not.toBe(pacer);
    const sent = await hammer(pacer, 1, 10_000);
    expect(sent.map((t) => t - fake.start)).toEqual(Array.from({ length: 20 }, (_, i) => i * 500));
  });

  it("holds every request during a 429 pause and lets them go when it ends", async () => {
    const pacer = pacerFor("https://acme.bynder.com");
    const first = await pacer.acquire({ deadline: Number.POSITIVE_INFINITY });
    if (!first.ok) throw new Error("unexpected");
    const until = pacer.rateLimited(first.epoch, fake.now(), () => 45_000);
    expect(until).toBe(fake.start + 45_000);
    const gates = await Promise.all(
      [1, 2, 3].map(() => pacer.acquire({ deadline: Number.POSITIVE_INFINITY })),
    );
    expect(gates.every((g) => g.ok)).toBe(true);
    expect(fake.elapsed()).toBeGreaterThanOrEqual(45_000);
  });

  it("does not wait for a pause when the caller is interactive or the pause ends past its deadline", async () => {
    const pacer = pacerFor("https://acme.bynder.com");
    pacer.rateLimited(0, fake.now(), () => 60_000);
    expect(await pacer.acquire({ deadline: Infinity, interactive: true })).toEqual({
      ok: false,
      pausedForMs: 60_000,
    });
    expect(await pacer.acquire({ deadline: fake.now() + 59_000 })).toEqual({
      ok: false,
      pausedForMs: 60_000,
    });
    expect(fake.sleeps).toEqual([]);
    expect((await pacer.acquire({ deadline: fake.now() + 60_000 })).ok).toBe(true);
  });

  it("grows the pause only for 429s to requests sent after the latest pause, and resets on success", () => {
    const pacer = pacerFor("https://acme.bynder.com");
    const strikes: number[] = [];
    const pauseFor = (strike: number) => {
      strikes.push(strike);
      return strike * 1000;
    };
    pacer.rateLimited(0, fake.now(), pauseFor);
    // Two requests that were already in flight when the pause began also get a 429.
    pacer.rateLimited(0, fake.now(), pauseFor);
    pacer.rateLimited(0, fake.now(), pauseFor);
    expect(strikes).toEqual([1]);
    pacer.rateLimited(1, fake.now(), pauseFor);
    expect(strikes).toEqual([1, 2]);
    pacer.succeeded(1);
    expect(pacer.strikes).toBe(2);
    pacer.succeeded(2);
    expect(pacer.strikes).toBe(0);
  });

  it("is forgotten by resetPacers, and waits through whatever clock is installed", async () => {
    const pacer = pacerFor("https://acme.bynder.com");
    pacer.rateLimited(0, fake.now(), () => 10_000);
    resetPacers();
    expect(pacerFor("https://acme.bynder.com")).not.toBe(pacer);
    const waits: number[] = [];
    const restore = useClock({
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    try {
      const fresh = pacerFor("https://acme.bynder.com");
      fresh.rateLimited(0, clock().now(), () => 5);
      let t = clock().now();
      const restoreNow = useClock({ now: () => (t += 1) });
      await fresh.acquire({ deadline: Infinity });
      restoreNow();
      expect(waits.length).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });
});
