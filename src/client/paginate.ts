import type { BynderClient } from "./createBynderClient";
import {
  fingerprint,
  idOf,
  itemsOf,
  NEXT_CURSOR_HEADER,
  type PageStyle,
  reportedTotal,
} from "./pageShape";
import type { BynderRequest, ParamValue } from "./request";

export type { PageStyle } from "./pageShape";

/**
 * Whatever the style, a walk ends only on a short or empty page: a reported total or page count
 * only decides how many pages may be asked for at once, never where the list ends (Bynder's totals
 * can be too low).
 */
export interface PaginateOptions {
  request: Omit<BynderRequest, "method"> & { method?: "GET" };
  style: PageStyle;
  /** Key of the item array inside an envelope (`media`, `collections`); default `media`. */
  itemsKey?: string;
  /** Items asked for per request; a page with fewer is the last one. */
  pageSize: number;
  /** Whether the API accepts a `limit` (store orders do not: their page size is fixed). */
  sendLimit?: boolean;
  startPage?: number;
  /**
   * REQUIRED bound: at most this many requests. There is no default on purpose: each call site
   * says what it can afford (a dropdown ~20, Fetch All enough pages for its item cap).
   */
  maxPages: number;
  /** Query fields for the first request only, e.g. List Assets' `count=1` facets. */
  firstPageQuery?: Record<string, ParamValue>;
  /**
   * Requests in flight at once for the pages Bynder's total predicts (default 1: one after
   * another). Pages still come out in order; past the predicted last page the walk goes on one
   * page at a time until a short page, so a total that is too low never cuts the list.
   */
  concurrency?: number;
  /**
   * Pages past this many requests are never asked for ahead of need; collectAll sets it from its
   * item cap so that stopping at the cap costs no extra request.
   */
  aheadLimit?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  /** The total Bynder reported on this page, if any (informative only). */
  total?: number;
  /** The page's whole body, for what Bynder sends beside the items (count facets). */
  data: unknown;
  /** False on a short or empty page: Bynder has nothing after it. */
  hasMore: boolean;
}

/** A walk that cannot go on safely (a server that ignores `page`). */
export class PaginationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaginationError";
  }
}

interface Read<T> {
  items: T[];
  total?: number;
  data: unknown;
  /** `X-Bynder-NextCursor`, when the portal has deep search switched on. */
  cursor?: string;
  /** The cursor this page was asked for with. */
  sentCursor?: string;
}

/**
 * Yields every page in order, the last (short or empty) one included, until a page is short or
 * empty or `maxPages` requests were made. If the last page yielded has `hasMore: true`, the page
 * cap cut the walk and Bynder may have more. Throws a PaginationError when a page repeats the
 * previous one. A page answered with a cursor header is followed by cursor, one page at a time.
 */
export async function* paginate<T = unknown>(
  client: BynderClient,
  options: PaginateOptions,
): AsyncGenerator<Page<T>> {
  const { style, pageSize, maxPages } = options;
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new Error(`paginate: maxPages must be a positive whole number (got ${maxPages}).`);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`paginate: concurrency must be a positive whole number (got ${concurrency}).`);
  }
  const itemsKey = options.itemsKey ?? "media";
  const startPage = options.startPage ?? 1;
  const lastAllowed = startPage + maxPages - 1;
  const lastAhead = startPage + Math.min(maxPages, options.aheadLimit ?? maxPages) - 1;
  const path = options.request.path;

  const read = async (page: number, cursor?: string): Promise<Read<T>> => {
    const query: Record<string, ParamValue> = {
      ...options.request.query,
      ...(page === startPage ? options.firstPageQuery : {}),
    };
    if (cursor === undefined) query.page = page;
    else query.cursor = cursor;
    if (options.sendLimit !== false) query.limit = pageSize;
    if (style === "envelope") query.total = 1;
    const response = await client.request({ ...options.request, method: "GET", query });
    const items = itemsOf(style, response.data, itemsKey, path) as T[];
    const total = reportedTotal(style, response.data, response.headers);
    const next = response.headers[NEXT_CURSOR_HEADER] || undefined;
    return { items, total, data: response.data, cursor: next, sentCursor: cursor };
  };

  // Pages asked for ahead of the one being yielded: at most `concurrency` of them, so memory stays
  // a few pages above the result.
  const ahead = new Map<number, Promise<Read<T>>>();
  const start = (page: number) => {
    const pending = read(page);
    pending.catch(() => undefined); // a page dropped after an early stop must not go unhandled
    ahead.set(page, pending);
  };
  // The page that should come back short: the walk reads it too, to see that nothing is left.
  let predictedLast = startPage;
  let nextToStart = startPage + 1;
  let previous: string | undefined;
  let page = startPage;
  let current = await read(page);
  try {
    for (;;) {
      const print = current.items.length > 0 ? fingerprint(current.items) : undefined;
      if (print !== undefined && print === previous) {
        throw new PaginationError(
          `Bynder returned the same ${current.items.length} items for page ${page} as for page ${page - 1} of ${path}, so it seems to ignore "page". Stopped rather than read the same page again; turn Fetch All off and use Page instead.`,
        );
      }
      previous = print;
      if (current.total !== undefined) {
        predictedLast = Math.max(predictedLast, Math.floor(current.total / pageSize) + 1);
      }
      // Solr repeats the cursor it was given once the results are exhausted.
      const cursorDone = current.cursor !== undefined && current.cursor === current.sentCursor;
      const hasMore = current.items.length >= pageSize && !cursorDone;
      yield { items: current.items, page, total: current.total, data: current.data, hasMore };
      if (!hasMore || page >= lastAllowed) return;
      page += 1;
      if (current.cursor !== undefined) {
        // Deep search: each page names the next, so the walk goes one page at a time.
        ahead.clear();
        nextToStart = page + 1;
        current = await read(page, current.cursor);
        continue;
      }
      while (ahead.size < concurrency && nextToStart <= Math.min(predictedLast, lastAhead)) {
        if (nextToStart >= page) start(nextToStart);
        nextToStart += 1;
      }
      const pending = ahead.get(page);
      ahead.delete(page);
      if (nextToStart <= page) nextToStart = page + 1;
      current = await (pending ?? read(page));
    }
  } finally {
    ahead.clear();
  }
}

export interface Collected<T> {
  items: T[];
  /** The total Bynder reported (first page that had one); may differ from `items.length`. */
  total?: number;
  /** The first page's body, for what Bynder sends beside the items (List Assets' `count`). */
  first?: unknown;
  /** Requests made. */
  pages: number;
  /** True when the walk reached a short or empty page, so nothing was left out. */
  complete: boolean;
  /** Which cap stopped an incomplete walk. */
  stoppedBy?: "maxItems" | "maxPages";
  /** Items left out because an earlier page already had their id (the list moved mid-walk). */
  duplicates: number;
}

/**
 * Collects the items of every page in order, each id once, keeping at most `maxItems` (optional).
 * With exactly `maxItems` collected after a full page, one more request tells whether anything is
 * left; give `maxPages` room for it (`Math.ceil(maxItems / pageSize) + 1`).
 */
export async function collectAll<T = unknown>(
  client: BynderClient,
  options: PaginateOptions & { maxItems?: number },
): Promise<Collected<T>> {
  const items: T[] = [];
  const out: Collected<T> = { items, pages: 0, complete: false, duplicates: 0 };
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  let last: Page<T> | undefined;
  // Enough pages to hold more than maxItems: the most a walk needs without duplicates.
  const aheadLimit = Number.isFinite(maxItems)
    ? Math.floor(maxItems / options.pageSize) + 1
    : undefined;
  for await (const page of paginate<T>(client, { aheadLimit, ...options })) {
    out.pages++;
    last = page;
    if (out.pages === 1) out.first = page.data;
    out.total ??= page.total;
    for (const item of page.items) {
      const id = idOf(item);
      if (id !== undefined) {
        if (seen.has(id)) {
          out.duplicates++;
          continue;
        }
        seen.add(id);
      }
      items.push(item);
    }
    if (items.length > maxItems) {
      items.length = maxItems;
      return { ...out, stoppedBy: "maxItems" };
    }
  }
  if (last && !last.hasMore) return { ...out, complete: true };
  return { ...out, stoppedBy: "maxPages" };
}
