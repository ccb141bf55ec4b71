import type { ParamValue } from "../http/request";
import type { PageClient, PageRequest } from "./pageClient";
import { type Read, pageReader } from "./pageRead";
import { fingerprint, idOf, type PageStyle, type PagingVendor } from "./pageShape";
import { checkBoundaries, keyOf, MAX_REPAIRS, mendGaps } from "./walkCheck";
import { fixedWidth, type Width } from "./width";
import { plainPlan, type SlotPlan, windowPlan } from "./windows";

export type { PageStyle, PagingVendor } from "./pageShape";

/**
 * Whatever the style, a walk ends only on a short or empty page: a reported total or page count
 * only decides how many pages may be asked for at once, never where the list ends (reported totals
 * can be too low).
 */
export interface PaginateOptions {
  request: PageRequest & { method?: "GET" };
  style: PageStyle;
  /** Named in messages; its cursor header, if any, is followed. */
  vendor: PagingVendor;
  /** Key of the item array inside an envelope (`media`, `collections`); default `media`. */
  itemsKey?: string;
  /** Items asked for per request; a page with fewer is the last one. */
  pageSize: number;
  /** Whether the API accepts a `limit` (store orders do not: their page size is fixed). */
  sendLimit?: boolean;
  /** The query field for the page size; default `limit` (JSON:API lists often use `per`). */
  limitParam?: string;
  startPage?: number;
  /**
   * REQUIRED bound: at most this many requests. There is no default on purpose: each call site
   * says what it can afford (a dropdown ~20, Fetch All enough pages for its item cap).
   */
  maxPages: number;
  /** Query fields for the first request only, e.g. List Assets' `count=1` facets. */
  firstPageQuery?: Record<string, ParamValue>;
  /**
   * A fixed number of requests in flight at once for the pages the reported total predicts
   * (default 1: one after another). Pages still come out in order; past the predicted last page
   * the walk goes on one page at a time until a short page, so a total that is too low never cuts
   * the list.
   */
  concurrency?: number;
  /** Instead of `concurrency`: a width that follows the measured latency (width.ts). */
  width?: Width;
  /**
   * The item cap: pages past the ones needed to read more than this many records are never asked
   * for ahead of need, so that stopping at the cap costs no extra request. It also lets the first
   * pages start before any total is known: the cap alone bounds how many are worth asking for.
   */
  aheadItems?: number;
  /**
   * Reads windows that overlap the one before instead of plain pages (windows.ts), so a verified
   * walk's neighbouring reads join without a check of their own. Taken up only once the first page
   * comes back full and every record on it has an id; else the walk reads plain pages.
   */
  overlapping?: boolean;
  /** Reshapes each page's body before its items are read (e.g. related records joined onto them). */
  pageData?: (data: unknown) => unknown;
}

export interface Page<T> {
  items: T[];
  /** The request's number in the walk: the API's page on a plain walk, a window's place on an overlapping one. */
  page: number;
  /** The size asked for: fewer items back means the list ended. */
  limit: number;
  /** Where the request's records start in the list: (page - 1) × limit. */
  offset: number;
  /** Records this window was planned to read again from the one before (0: a plain page). */
  overlap: number;
  /** The total the API reported on this page, if any (informative only). */
  total?: number;
  /** The page's whole body, for what the API sends beside the items (count facets). */
  data: unknown;
  /** False on a short or empty page (or a `meta` page without a next one): nothing is after it. */
  hasMore: boolean;
  /** True when the page was asked for by deep-search cursor, which does not shift. */
  viaCursor?: boolean;
}

/** A walk that cannot go on safely (a server that ignores `page`). */
export class PaginationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaginationError";
  }
}

/**
 * Yields every page in order, the last (short or empty) one included, until a page is short or
 * empty or `maxPages` requests were made. If the last page yielded has `hasMore: true`, the page
 * cap cut the walk and the API may have more. Throws a PaginationError when a page repeats the
 * previous one. A page answered with a cursor header is followed by cursor, one page at a time.
 */
export async function* paginate<T = unknown>(
  client: PageClient,
  options: PaginateOptions,
): AsyncGenerator<Page<T>> {
  const { pageSize, maxPages } = options;
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new Error(`paginate: maxPages must be a positive whole number (got ${maxPages}).`);
  }
  if (options.width && options.concurrency !== undefined) {
    throw new Error("paginate: give either concurrency (fixed) or width (adaptive), not both.");
  }
  const width = options.width ?? fixedWidth(options.concurrency ?? 1);
  const startPage = options.startPage ?? 1;
  const lastAllowed = startPage + maxPages - 1;
  const plain = plainPlan(pageSize);
  let plan: SlotPlan = (options.overlapping && windowPlan(pageSize, startPage, maxPages)) || plain;
  /** The last page worth asking for ahead of need, under `plan`. */
  const aheadOf = (p: SlotPlan) =>
    startPage +
    Math.min(
      maxPages,
      options.aheadItems === undefined ? maxPages : p.slotsToExceed(options.aheadItems),
    ) -
    1;
  let lastAhead = aheadOf(plan);
  const path = options.request.path;
  const readSlot = pageReader<T>(client, options, width);
  const read = (page: number, cursor?: string) =>
    readSlot(plan.at(page), page === startPage, cursor);

  // Pages asked for and not yet yielded, the one awaited included: at most the width of them, so
  // memory stays a few pages above the result.
  const ahead = new Map<number, Promise<Read<T>>>();
  // The page that should come back short, once a total says: the walk reads it too, to see that
  // nothing is left. Before any total, an item cap (aheadLimit) bounds the pages worth starting.
  let predictedLast: number | undefined;
  let startAhead = false;
  const horizon = () =>
    predictedLast !== undefined
      ? Math.min(predictedLast, lastAhead)
      : startAhead && options.aheadItems !== undefined
        ? lastAhead
        : startPage;
  let nextToStart = startPage;
  /** Starts pages up to the width; `awaited` is the page being waited for outside the map. */
  const fill = (page: number, awaited = 0) => {
    nextToStart = Math.max(nextToStart, page);
    const last = Math.max(page, horizon());
    while (ahead.size + awaited < width.current() && nextToStart <= last) {
      const pending = read(nextToStart);
      pending.catch(() => undefined); // a page dropped after an early stop must not go unhandled
      ahead.set(nextToStart, pending);
      nextToStart += 1;
    }
  };
  const take = (page: number): Promise<Read<T>> => {
    const pending = ahead.get(page) ?? read(page);
    ahead.delete(page);
    return pending;
  };
  let previous: string | undefined;
  let page = startPage;
  fill(page);
  let pending = take(page);
  // A race, not a wait (nothing sleeps on it), so it runs on real time: a slow first page lets the
  // pages the item cap allows start before its total is known.
  const hedge =
    width.startAheadAfterMs !== undefined && lastAhead > startPage
      ? setTimeout(() => {
          startAhead = true;
          if (page === startPage && predictedLast === undefined) fill(page, 1);
        }, width.startAheadAfterMs)
      : undefined;
  hedge?.unref();
  try {
    for (;;) {
      const current = await pending;
      clearTimeout(hedge);
      const print = current.items.length > 0 ? fingerprint(current.items) : undefined;
      if (print !== undefined && print === previous) {
        throw new PaginationError(
          `${options.vendor.name} returned the same ${current.items.length} items for page ${page} as for page ${page - 1} of ${path}, so it seems to ignore "page". Stopped rather than read the same page again; turn Fetch All off and use Page instead.`,
        );
      }
      previous = print;
      const slot = plan.at(page);
      if (plan !== plain && page === startPage) {
        // Windows join by ids, and only on an API that honours the size: else plain pages, and
        // any window already started on speculation is dropped.
        const joinable =
          current.cursor === undefined &&
          current.items.length === slot.limit &&
          current.items.every((item) => idOf(item) !== undefined);
        if (!joinable) {
          plan = plain;
          lastAhead = aheadOf(plan);
          ahead.clear();
          nextToStart = page + 1;
        }
      }
      if (current.total !== undefined) {
        predictedLast = Math.max(predictedLast ?? startPage, plan.slotEndingAfter(current.total));
      }
      // Solr repeats the cursor it was given once the results are exhausted.
      const cursorDone = current.cursor !== undefined && current.cursor === current.sentCursor;
      // A `meta` page says itself whether another follows: a short one can (a list that ignores
      // the page size), and the repeated-page guard above stops one that ignores `page` too.
      const hasMore =
        !cursorDone &&
        (current.nextPage === undefined
          ? current.items.length >= slot.limit
          : current.nextPage && current.items.length > 0);
      const viaCursor = current.sentCursor !== undefined ? { viaCursor: true } : {};
      yield {
        items: current.items,
        page,
        limit: slot.limit,
        offset: slot.offset,
        overlap: slot.overlap,
        total: current.total,
        data: current.data,
        hasMore,
        ...viaCursor,
      };
      if (!hasMore || page >= lastAllowed) return;
      page += 1;
      if (current.cursor !== undefined) {
        // Deep search: each page names the next, so the walk goes one page at a time.
        ahead.clear();
        nextToStart = page + 1;
        pending = read(page, current.cursor);
        continue;
      }
      fill(page);
      pending = take(page);
    }
  } finally {
    clearTimeout(hedge);
    ahead.clear();
  }
}

export interface Collected<T> {
  items: T[];
  /** The total the API reported (first page that had one); may differ from `items.length`. */
  total?: number;
  /** The last total the API reported, checks included; differs from `total` when the list changed. */
  lastTotal?: number;
  /** The first page's body, for what the API sends beside the items (e.g. count facets). */
  first?: unknown;
  /** Requests made, boundary checks and re-reads included. */
  pages: number;
  /** True when the walk reached a short or empty page (and, with `verify`, every boundary held). */
  complete: boolean;
  /** What stopped an incomplete walk: a cap, or a list that kept changing under it. */
  stoppedBy?: "maxItems" | "maxPages" | "changed";
  /** Items left out because an earlier page already had their id (the list moved mid-walk). */
  duplicates: number;
  /** Walks redone because the list moved too far under one to check it. */
  repairs: number;
  /** Records found between two pages by the boundary check and added in place. */
  mended?: number;
}

export interface CollectOptions extends PaginateOptions {
  maxItems?: number;
  /**
   * Makes sure no record that existed throughout the walk is missed between two requests. The walk
   * reads overlapping windows (windows.ts), and two neighbouring ones join when the later one shows
   * a record kept from before. A boundary that did not join (or, on plain pages, every boundary) is
   * checked after the walk: records that shifted past it are added in place; when the list moved
   * too far to tell, the walk is redone, at most MAX_REPAIRS times, then reported as
   * `stoppedBy: "changed"` (walkCheck.ts). Fetch All sets it; dropdowns, which only suggest, spare
   * the requests. Needs an endpoint that takes `limit`.
   */
  verify?: boolean;
}

type Ending = "complete" | "maxItems" | "maxPages";

/**
 * Collects the items of every page in order, each id once, keeping at most `maxItems` (optional).
 * With exactly `maxItems` collected after a full page, one more request tells whether anything is
 * left; give `maxPages` room for it (`verifiedWalkRequests` in windows.ts). Each walk redone stays
 * within `maxPages`; a boundary checked after the walk costs one small request.
 */
export async function collectAll<T = unknown>(
  client: PageClient,
  options: CollectOptions,
): Promise<Collected<T>> {
  const items: T[] = [];
  const out: Collected<T> = { items, pages: 0, complete: false, duplicates: 0, repairs: 0 };
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  const startPage = options.startPage ?? 1;
  // The page each kept item came from, where each page starts in `items`, and where each request's
  // records ended in the list (the boundary a check after the walk reads across).
  const pageOf = new Map<string, number>();
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  // Boundaries between overlapping windows that did not join (k: between requests k and k + 1).
  const unjoined = new Set<number>();
  let windowed = false;
  // Whether the page before the current one came back short (the list ended inside it).
  let previousShort = false;
  // The first record of the walk's first page.
  let firstKey: string | undefined;
  let lastPage = startPage;
  let viaCursor = false;
  // A page that was short yet said more follows: the API pages by its own size, not ours.
  let sizeIgnored = false;

  /** Keeps a plain page's records, each id once. */
  const keepPage = (page: Page<T>) => {
    for (const item of page.items) {
      const key = keyOf(item);
      if (idOf(item) !== undefined && pageOf.has(key)) {
        out.duplicates++;
        continue;
      }
      if (!pageOf.has(key)) pageOf.set(key, page.page);
      items.push(item);
    }
  };

  /**
   * Keeps a window's records past the last one already kept, and notes whether it joined the walk.
   * A record new to the walk among the ones read again was created meanwhile: it goes in place.
   */
  const keepWindow = (page: Page<T>) => {
    windowed = true;
    const keys = page.items.map(keyOf);
    let joint = -1;
    keys.forEach((key, i) => {
      if ((pageOf.get(key) ?? page.page) < page.page) joint = i;
    });
    // A window far into the list that starts where the list does: the API ignores `page`.
    if (keys.length > 0 && keys[0] === firstKey) {
      throw new PaginationError(
        `${options.vendor.name} returned the first records of ${options.request.path} again for page ${page.offset / page.limit + 1} (at ${page.limit} a page), so it seems to ignore "page". Stopped rather than read the same records again; turn Fetch All off and use Page instead.`,
      );
    }
    // An empty window after a short one: the list had already ended, so there is nothing to join.
    if (joint < 0 && !(keys.length === 0 && previousShort)) unjoined.add(page.page - 1);
    for (let i = 0; i <= joint; i++) {
      if (!pageOf.has(keys[i])) placeAfter(keys.slice(0, i), page.items[i], keys[i], page.page);
    }
    starts.set(page.page, items.length);
    keepPage({ ...page, items: page.items.slice(joint + 1) });
  };

  /** Puts `item` right after the nearest of `before` (newest last) kept near the end of `items`. */
  const placeAfter = (before: string[], item: T, key: string, fallback: number) => {
    const near = Math.max(0, items.length - 4 * options.pageSize);
    for (let b = before.length - 1; b >= 0; b--) {
      if (!pageOf.has(before[b])) continue;
      for (let at = items.length - 1; at >= near; at--) {
        if (keyOf(items[at]) !== before[b]) continue;
        items.splice(at + 1, 0, item);
        pageOf.set(key, pageOf.get(before[b]) ?? fallback);
        for (const [p, start] of starts) if (start > at) starts.set(p, start + 1);
        return;
      }
    }
    pageOf.set(key, fallback);
    items.push(item);
  };

  const walk = async (): Promise<Ending> => {
    let last: Page<T> | undefined;
    for await (const page of paginate<T>(client, {
      // Pages past the ones that hold more than maxItems are never asked for ahead of need.
      aheadItems: Number.isFinite(maxItems) ? maxItems : undefined,
      overlapping: options.verify,
      ...options,
    })) {
      out.pages++;
      last = page;
      lastPage = page.page;
      if (page.page === startPage) {
        out.first = page.data;
        firstKey = page.items.length > 0 ? keyOf(page.items[0]) : undefined;
      }
      out.total ??= page.total;
      if (page.total !== undefined) out.lastTotal = page.total;
      if (page.viaCursor) viaCursor = true;
      // (Windows are taken up only after a first page that was full, so a short one with more after
      // it is the list moving: its boundaries are judged like any other.)
      if (page.overlap === 0 && page.hasMore && page.items.length < page.limit) sizeIgnored = true;
      ends.set(page.page, page.offset + page.limit);
      if (page.overlap > 0) keepWindow(page);
      else {
        starts.set(page.page, items.length);
        keepPage(page);
      }
      previousShort = page.items.length < page.limit;
      if (items.length > maxItems) {
        items.length = maxItems;
        return "maxItems";
      }
    }
    return last && !last.hasMore ? "complete" : "maxPages";
  };

  for (;;) {
    const ended = await walk();
    if (ended !== "complete") return { ...out, stoppedBy: ended };
    // One page is one snapshot, and a deep-search cursor does not shift.
    // A list that ignored the page size has no boundaries at multiples of it to check.
    if (!options.verify || viaCursor || sizeIgnored || lastPage === startPage)
      return { ...out, complete: true };
    // Windows that joined need no check; plain pages are checked at every boundary.
    const boundaries = windowed
      ? [...unjoined].sort((a, b) => a - b)
      : Array.from({ length: lastPage - startPage }, (_, i) => startPage + i);
    if (boundaries.length === 0) return { ...out, complete: true };
    // Probes are small reads: as many at once as the walk's pages were.
    const probes = {
      ...options,
      concurrency: options.width?.current() ?? options.concurrency,
      boundaryAt: (k: number) => ends.get(k) ?? k * options.pageSize,
      // A boundary between windows missed by more than their overlap: read well past it.
      reach: windowed ? Math.floor(options.pageSize / 4) : undefined,
    };
    const checked = await checkBoundaries<T>(client, probes, pageOf, boundaries);
    out.pages += checked.requests;
    if (checked.total !== undefined) out.lastTotal = checked.total;
    if (checked.unknown === undefined) {
      out.mended = mendGaps(items, checked.gaps, starts, pageOf);
      if (items.length <= maxItems) return { ...out, complete: true };
      items.length = maxItems;
      return { ...out, stoppedBy: "maxItems" };
    }
    if (out.repairs >= MAX_REPAIRS) return { ...out, stoppedBy: "changed" };
    out.repairs++;
    // Forgets everything read, before the walk is redone.
    items.length = 0;
    pageOf.clear();
    starts.clear();
    ends.clear();
    unjoined.clear();
    windowed = false;
  }
}
