/**
 * Which `page` and `limit` each request of a walk asks for. A plain walk reads page after page of
 * one size. A verified walk (Fetch All) reads windows that overlap: each starts a few records
 * before the previous one ended, so the records both show join the two reads, and a record that
 * existed throughout cannot hide between them (walkCheck.ts has the argument). That costs a few
 * records a request instead of a second, checking request per page boundary.
 *
 * The API offers no `offset`: a window starts at (page - 1) × limit, so each one is the largest
 * limit (at most the walk's page size, which the endpoint is known to honour) for which some page
 * starts within the wanted overlap.
 */

export interface Slot {
  /** The `page` asked for. */
  page: number;
  /** The `limit` (or `per`) asked for: fewer records back means the list ended. */
  limit: number;
  /** Where the window starts in the list: (page - 1) × limit. */
  offset: number;
  /** Records planned to be read again from the window before (0 on a plain page). */
  overlap: number;
}

export interface SlotPlan {
  /** The request of slot `n` (slot numbers count from the walk's start page). */
  at(n: number): Slot;
  /** The first slot whose window ends after `position`: it should come back short at that size. */
  slotEndingAfter(position: number): number;
  /** Requests needed to read more than `items` records from the start, each once. */
  slotsToExceed(items: number): number;
}

/** Page after page of `pageSize`: slot n is page n. */
export function plainPlan(pageSize: number): SlotPlan {
  return {
    at: (n) => ({ page: n, limit: pageSize, offset: (n - 1) * pageSize, overlap: 0 }),
    slotEndingAfter: (position) => Math.floor(position / pageSize) + 1,
    slotsToExceed: (items) => Math.floor(items / pageSize) + 1,
  };
}

/**
 * The overlap a window aims for: records read again from the window before. A net shift of fewer
 * than `min` records between two neighbouring reads still joins them; more is checked after the
 * walk (walkCheck.ts). Undefined when pages are too small to spare any.
 */
export function overlapFor(pageSize: number): { min: number; max: number } | undefined {
  const min = Math.min(50, Math.floor(pageSize / 4));
  return min >= 2 ? { min, max: 2 * min } : undefined;
}

/** The window that follows one ending at `end`, gaining the most records; undefined if none can. */
function nextWindow(end: number, pageSize: number, overlap: { min: number; max: number }) {
  let best: Slot | undefined;
  let gain = 0;
  // A smaller limit gains at most limit - min, so the search stops once that cannot beat the best.
  for (let limit = pageSize; limit > overlap.min && limit - overlap.min > gain; limit--) {
    const pages = Math.floor((end - overlap.min) / limit);
    const offset = pages * limit;
    if (pages >= 1 && offset >= end - overlap.max && offset + limit - end > gain) {
      gain = offset + limit - end;
      best = { page: pages + 1, limit, offset, overlap: end - offset };
    }
  }
  return best;
}

/**
 * Overlapping windows from `startPage` (read whole, at `pageSize`) for up to `slots` requests.
 * Undefined when the page size leaves no room for an overlap, or some window would gain less than
 * a quarter of a page: plain pages checked after the walk then cost fewer requests.
 */
export function windowPlan(
  pageSize: number,
  startPage: number,
  slots: number,
): SlotPlan | undefined {
  const overlap = overlapFor(pageSize);
  if (!overlap) return undefined;
  const first: Slot = {
    page: startPage,
    limit: pageSize,
    offset: (startPage - 1) * pageSize,
    overlap: 0,
  };
  const windows = [first];
  while (windows.length < slots) {
    const last = windows[windows.length - 1];
    const end = last.offset + last.limit;
    const next = nextWindow(end, pageSize, overlap);
    if (!next || next.offset + next.limit - end < pageSize / 4) return undefined;
    windows.push(next);
  }
  const ends = windows.map((w) => w.offset + w.limit);
  const at = (n: number): Slot => {
    const w = windows[n - startPage];
    if (!w) throw new Error(`windowPlan: slot ${n} is past the ${slots} planned.`);
    return w;
  };
  const slotEndingAfter = (position: number) => {
    const i = ends.findIndex((end) => end > position);
    return startPage + (i < 0 ? windows.length - 1 : i);
  };
  return {
    at,
    slotEndingAfter,
    slotsToExceed: (items) => slotEndingAfter(first.offset + items) - startPage + 1,
  };
}

/**
 * The most requests a verified walk from page 1 makes to read more than `items` records (one more
 * than the cap tells whether anything is left): overlapping windows when the page size allows them.
 */
export function verifiedWalkRequests(items: number, pageSize: number): number {
  const plain = Math.floor(items / pageSize) + 1;
  // Every window after the first gains at least a quarter of a page, so this many always suffice.
  const plan = windowPlan(pageSize, 1, 4 * plain + 1);
  return plan ? plan.slotsToExceed(items) : plain;
}
