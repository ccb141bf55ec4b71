/**
 * The keyset cursor kept between polls, and how a stored one is read back. Bynder can only sort by
 * `dateModified` (whole seconds, no id tie-breaker), so the cursor is a position in the list
 * "modified at or after `from`, oldest first": the first `skip` rows were read, `tail` names the
 * last of them so a shifted list can be re-aligned. Its size is bounded whatever the data.
 */

/** Ids kept to re-align the list; also the most rows a request re-reads to check the position. */
export const TAIL = 20;

export interface KeysetCursor {
  /** Newest timestamp (ms) read so far: every listed row older than it was read. */
  at: number;
  /** The list's filter (ms, whole seconds). */
  from: number;
  /** How many rows of that list were read (the position to continue from). */
  skip: number;
  /** Ids of the last rows read, oldest first (at most TAIL). */
  tail: string[];
}

/** A cursor that has read nothing modified after `at`. */
export const cursorAt = (at: number, overlapMs: number): KeysetCursor => ({
  at,
  from: Math.floor((at - overlapMs) / 1000) * 1000,
  skip: 0,
  tail: [],
});

const isTime = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && !Number.isNaN(new Date(v).getTime());

/**
 * A stored cursor, or the reason it cannot be used. Cursors stored before the position existed
 * (`{at, seen}`) continue from `at` with their newest seen ids as the tail.
 */
export function readCursor(
  stored: unknown,
  overlapMs: number,
): { cursor: KeysetCursor } | { problem: string } {
  if (!stored || typeof stored !== "object" || Array.isArray(stored))
    return { problem: `it is ${stored === null ? "null" : typeof stored}, not an object` };
  const c = stored as Record<string, unknown>;
  if (!isTime(c.at))
    return { problem: `its time ${JSON.stringify(c.at) ?? "undefined"} is not a date` };
  if (c.from === undefined && c.seen && typeof c.seen === "object") {
    const seen = Object.entries(c.seen as Record<string, unknown>)
      .filter((e): e is [string, number] => isTime(e[1]))
      .sort((a, b) => a[1] - b[1])
      .slice(-TAIL);
    return { cursor: { ...cursorAt(c.at, overlapMs), tail: seen.map(([id]) => id) } };
  }
  if (!isTime(c.from)) return { problem: `its list start ${JSON.stringify(c.from)} is not a date` };
  if (!Number.isSafeInteger(c.skip) || (c.skip as number) < 0)
    return { problem: `its position ${JSON.stringify(c.skip)} is not a count` };
  if (
    !Array.isArray(c.tail) ||
    c.tail.length > TAIL ||
    !c.tail.every((id) => typeof id === "string")
  )
    return { problem: "its last ids are not a short list of strings" };
  return { cursor: { at: c.at, from: c.from, skip: c.skip as number, tail: c.tail as string[] } };
}
