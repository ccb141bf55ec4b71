import {
  DEDUPE_LIMITS,
  recentDeliveries,
  rememberDelivery,
} from "../../../src/core/webhooks/dedupe";

const T0 = Date.UTC(2026, 2, 10, 14, 0, 0);

describe("webhook delivery dedupe (vendor-neutral)", () => {
  it("says when an id was first seen, and only for ids seen before", () => {
    const a = rememberDelivery(undefined, "a", T0);
    expect(a.firstSeenAt).toBeUndefined();
    const b = rememberDelivery(a.seen, "b", T0 + 5);
    expect(rememberDelivery(b.seen, "a", T0 + 10).firstSeenAt).toBe(T0);
    expect(rememberDelivery(b.seen, "c", T0 + 10).firstSeenAt).toBeUndefined();
  });

  it("stays bounded however many deliveries arrive: the newest ids are kept, in order", () => {
    const limits = { maxEntries: 50, maxAgeMs: 60_000 };
    let stored: unknown;
    for (let i = 0; i < 5000; i++)
      stored = rememberDelivery(stored, `id-${i}`, T0 + i, limits).seen;
    const seen = stored as [string, number][];
    expect(seen).toHaveLength(50);
    expect(seen[0][0]).toBe("id-4950");
    expect(seen.at(-1)?.[0]).toBe("id-4999");
    // The default limits bound the stored JSON too (about 50 KB for UUID-sized ids).
    let big: unknown;
    for (let i = 0; i < 3000; i++)
      big = rememberDelivery(
        big,
        `6f1c2a3b-4d5e-5f60-9a1b-${String(i).padStart(12, "0")}`,
        T0 + i,
      ).seen;
    expect((big as unknown[]).length).toBe(DEDUPE_LIMITS.maxEntries);
    expect(JSON.stringify(big).length).toBeLessThan(60_000);
  });

  it("cuts a stored list over the count limit (kept under a larger limit) even on a duplicate", () => {
    const limits = { maxEntries: 10, maxAgeMs: 60_000 };
    const stored = Array.from({ length: 40 }, (_, i) => [`id-${i}`, T0 + i]);
    const again = rememberDelivery(stored, "id-39", T0 + 50, limits);
    expect(again.firstSeenAt).toBe(T0 + 39);
    expect(again.seen).toHaveLength(10);
    expect(again.seen[0][0]).toBe("id-30");
  });

  it("forgets ids older than the age limit, so their redelivery counts as new", () => {
    const limits = { maxEntries: 100, maxAgeMs: 1000 };
    const { seen } = rememberDelivery(undefined, "a", T0, limits);
    expect(rememberDelivery(seen, "a", T0 + 1000, limits).firstSeenAt).toBe(T0);
    const later = rememberDelivery(seen, "b", T0 + 1001, limits);
    expect(later.seen).toEqual([["b", T0 + 1001]]);
    expect(rememberDelivery(later.seen, "a", T0 + 1002, limits).firstSeenAt).toBeUndefined();
  });

  it("drops stored entries it cannot read instead of failing", () => {
    const stored = [["a", T0], "junk", ["b"], [1, 2], ["c", "x"], ["d", T0 + 1], null];
    expect(recentDeliveries(stored, T0 + 2)).toEqual([
      ["a", T0],
      ["d", T0 + 1],
    ]);
    expect(recentDeliveries({ a: 1 }, T0)).toEqual([]);
  });
});
