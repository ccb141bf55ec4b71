import type { ParamValue } from "../http/request";
import type { PageClient, PageRequest } from "./pageClient";
import { idOf, itemsOf, type PageStyle, type PagingVendor, reportedTotal } from "./pageShape";

/**
 * Page-number paging shifts when records are deleted or created during a walk, and a shift between
 * two pages' reads hides records at their boundary. There is no stable key to page by (a
 * deep-search cursor may be switched off; dates tie), so every boundary is read across once: a
 * read straddling it must show the last record kept from before it directly followed by records
 * kept from after it. Nothing that existed throughout can then lie between them, whatever moved
 * elsewhere, and by induction over the boundaries nothing is missed.
 *
 * A verified walk reads overlapping windows (windows.ts), so each window is that read for the
 * boundary before it: when it shows a record already kept, everything after that record in it is
 * the list as it stood, and the walk joins. A boundary that did not join (the list moved by more
 * than the overlap between the two reads), or every boundary of a walk on plain pages, is checked
 * here after the walk: when a few records did shift past it, the read shows them and they are
 * added in place; when the list moved too far for it, the walk is redone.
 */

/** Records read on each side of a boundary: a net shift of fewer than this many is seen and mended. */
export const PROBE_REACH = 50;
/** Walks redone when a boundary could not be judged, before the result is reported as changed. */
export const MAX_REPAIRS = 2;

/** An item's identity for the walk: its id, or its JSON when it has none. */
export function keyOf(item: unknown): string {
  const id = idOf(item);
  return id !== undefined ? `#${id}` : JSON.stringify(item);
}

/**
 * A page/limit pair whose single page covers `position` with at least `reach` records on each side
 * (the offset is always (page - 1) × limit, so the limit is chosen to land around it). The
 * limit stays within `maxLimit`, the walk's own page size, which the endpoint is known to honour.
 */
export function probeWindow(
  position: number,
  reach: number,
  maxLimit: number,
): { page: number; limit: number } | undefined {
  for (let limit = 2 * reach; limit <= maxLimit; limit++) {
    const before = position % limit;
    if (before >= reach && limit - before >= reach) {
      return { page: (position - before) / limit + 1, limit };
    }
  }
  return undefined;
}

/**
 * Judges boundary `k` (between pages k and k + 1) from `window`, the keys of a read straddling it:
 * the last key kept from a page ≤ k should be followed by one kept from a page > k. Returns the
 * indexes of the records found between them (empty when the boundary held), or undefined when the
 * window cannot tell (it holds no record kept from a page ≤ k, or none after the gap).
 */
export function boundaryGap(
  window: string[],
  listEnded: boolean,
  pageOf: ReadonlyMap<string, number>,
  k: number,
): number[] | undefined {
  let last = -1;
  window.forEach((key, i) => {
    const page = pageOf.get(key);
    if (page !== undefined && page <= k) last = i;
  });
  if (last < 0) return undefined;
  const gap: number[] = [];
  for (let i = last + 1; i < window.length; i++) {
    if (pageOf.has(window[i])) return gap;
    gap.push(i);
  }
  // The window ended on the gap: it is the whole gap only if the list ended there too.
  return listEnded ? gap : undefined;
}

export interface CheckOptions {
  request: PageRequest;
  style: PageStyle;
  vendor: PagingVendor;
  /** Default `limit`. */
  limitParam?: string;
  /** Default `media`. */
  itemsKey?: string;
  pageSize: number;
  /** As in PaginateOptions: applied to each probe's body too. */
  pageData?: (data: unknown) => unknown;
  /** Probes in flight at once; default 1. */
  concurrency?: number;
  /** Where boundary k lies in the list; default k × pageSize (plain pages). */
  boundaryAt?: (k: number) => number;
  /** Records read on each side of a boundary; default PROBE_REACH, within a quarter page. */
  reach?: number;
}

export interface BoundaryCheck<T> {
  /** Records that were missing at each boundary checked (most often none). */
  gaps: Map<number, T[]>;
  /** The first boundary no read could judge (the list moved too far): the walk must be redone. */
  unknown?: number;
  /** Requests made. */
  requests: number;
  /** The last total the API reported while checking. */
  total?: number;
}

/**
 * Checks `boundaries` (in order), at most `concurrency` reads at a time. Starts no new read once a
 * boundary cannot be judged, and names the first such boundary.
 */
export async function checkBoundaries<T>(
  client: PageClient,
  options: CheckOptions,
  pageOf: ReadonlyMap<string, number>,
  boundaries: readonly number[],
): Promise<BoundaryCheck<T>> {
  // A quarter of a page leaves room to find a limit that straddles each boundary.
  const quarter = Math.max(1, Math.floor(options.pageSize / 4));
  const reach = Math.min(options.reach ?? PROBE_REACH, quarter);
  const result: BoundaryCheck<T> = { gaps: new Map(), requests: 0 };
  const { itemsKey = "media", concurrency = 1 } = options;
  const probe = async (k: number): Promise<T[] | undefined> => {
    const at = options.boundaryAt?.(k) ?? k * options.pageSize;
    const window = probeWindow(at, reach, options.pageSize);
    if (!window) return undefined;
    const query: Record<string, ParamValue> = {
      ...options.request.query,
      page: window.page,
      [options.limitParam ?? "limit"]: window.limit,
    };
    if (options.style === "envelope") query.total = 1;
    result.requests++;
    const response = await client.request({ ...options.request, method: "GET", query });
    const data = options.pageData ? options.pageData(response.data) : response.data;
    const items = itemsOf(options.style, data, itemsKey, options.request.path, options.vendor.name);
    result.total = reportedTotal(options.style, data, response.headers) ?? result.total;
    const gap = boundaryGap(items.map(keyOf), items.length < window.limit, pageOf, k);
    return gap?.map((i) => items[i] as T);
  };
  // A pool rather than batches: a slow probe does not hold back the ones after it.
  let next = 0;
  let unknown: number | undefined;
  const worker = async () => {
    while (unknown === undefined && next < boundaries.length) {
      const k = boundaries[next++];
      const gap = await probe(k);
      if (gap === undefined) unknown = Math.min(unknown ?? k, k);
      else result.gaps.set(k, gap);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(0, Math.min(concurrency, boundaries.length)) }, worker),
  );
  return unknown === undefined ? result : { ...result, unknown };
}

/**
 * Puts the records found between pages back where they belong, each once (the first boundary that
 * showed it wins), and returns how many were added.
 */
export function mendGaps<T>(
  items: T[],
  gaps: ReadonlyMap<number, T[]>,
  starts: ReadonlyMap<number, number>,
  pageOf: Map<string, number>,
): number {
  let added = 0;
  for (const [k, gap] of [...gaps].sort(([a], [b]) => a - b)) {
    // Two windows read at different moments may both show a record.
    const fresh = gap.filter((item) => !pageOf.has(keyOf(item)));
    for (const item of fresh) pageOf.set(keyOf(item), k + 1);
    // Page starts were taken before any insertion: shift them by what is already added.
    items.splice((starts.get(k + 1) ?? items.length - added) + added, 0, ...fresh);
    added += fresh.length;
  }
  return added;
}
