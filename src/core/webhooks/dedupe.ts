/**
 * Memory of recently delivered webhook ids, so a redelivery (senders deliver at least once) is
 * recognised. Kept in instance state as `[id, seen at (ms)]` pairs, oldest first, and pruned on
 * every delivery by age and by count, so the stored state stays bounded however long it runs.
 * Vendor-neutral: any webhook trigger with a stable delivery id can use it.
 */
export type SeenDeliveries = [string, number][];

export interface DedupeLimits {
  /** At most this many ids are kept; the oldest go first. */
  maxEntries: number;
  /** Ids older than this are forgotten (a later delivery with the same id counts as new). */
  maxAgeMs: number;
}

/** An hour covers Amazon SNS's longest retry policy; 1,000 ids is about 50 KB of state. */
export const DEDUPE_LIMITS: DedupeLimits = { maxEntries: 1000, maxAgeMs: 60 * 60_000 };

const isEntry = (e: unknown): e is [string, number] =>
  Array.isArray(e) &&
  e.length === 2 &&
  typeof e[0] === "string" &&
  typeof e[1] === "number" &&
  Number.isFinite(e[1]);

/** The stored ids still worth keeping: well-formed, younger than the age limit, newest `maxEntries`. */
export function recentDeliveries(
  stored: unknown,
  now: number,
  limits: DedupeLimits = DEDUPE_LIMITS,
): SeenDeliveries {
  // Anything unreadable (an older format, a hand edit) starts the memory over instead of failing.
  const entries = Array.isArray(stored) ? stored.filter(isEntry) : [];
  const fresh = entries.filter(([, at]) => now - at <= limits.maxAgeMs);
  return fresh.slice(Math.max(0, fresh.length - limits.maxEntries));
}

/**
 * Checks one delivery id against the stored ones and records it. `firstSeenAt` is set when the id
 * was delivered before (a duplicate); `seen` is the pruned list to store back.
 */
export function rememberDelivery(
  stored: unknown,
  id: string,
  now: number,
  limits: DedupeLimits = DEDUPE_LIMITS,
): { firstSeenAt?: number; seen: SeenDeliveries } {
  const seen = recentDeliveries(stored, now, limits);
  const earlier = seen.find(([known]) => known === id);
  if (earlier) return { firstSeenAt: earlier[1], seen };
  const kept = seen.slice(Math.max(0, seen.length - limits.maxEntries + 1));
  return { seen: [...kept, [id, now]] };
}
