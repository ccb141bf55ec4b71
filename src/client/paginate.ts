import { z } from "zod";
import type { BynderClient } from "./createBynderClient";
import type { BynderRequest, ParamValue } from "./request";

/**
 * Bynder's three paging styles:
 * - `envelope`: `page`+`limit` with `total=1`, answering `{<itemsKey>: [...], total: {count}}`
 *   (or `count: {total, ...facets}` when `count=1` is asked for);
 * - `array`: `page`+`limit` answering a plain array;
 * - `headers`: a plain array plus `X-Pagination-TotalPages` / `X-Pagination-TotalRecords` headers.
 *
 * Whatever the style, the walk ends only on a short or empty page: a reported total or page count
 * is kept for the caller but never trusted to stop early (Bynder's totals can be too low).
 */
export type PageStyle = "envelope" | "array" | "headers";

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

const countLike = z.union([z.coerce.number(), z.looseObject({ total: z.coerce.number() })]);
const envelopeSchema = z.looseObject({
  total: z.union([z.looseObject({ count: z.coerce.number() }), z.coerce.number()]).optional(),
  count: countLike.optional(),
});

function reportedTotal(
  style: PageStyle,
  data: unknown,
  headers: Record<string, string>,
): number | undefined {
  if (style === "headers") {
    const raw = headers["x-pagination-totalrecords"];
    const records = Number(raw);
    return raw !== undefined && raw !== "" && Number.isFinite(records) ? records : undefined;
  }
  if (style !== "envelope") return undefined;
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { total, count } = parsed.data;
  if (typeof total === "number") return total;
  if (total) return total.count;
  if (typeof count === "number") return count;
  return count?.total;
}

function itemsOf(style: PageStyle, data: unknown, itemsKey: string, path: string): unknown[] {
  if (Array.isArray(data)) return data;
  if (style === "envelope" && data && typeof data === "object") {
    const items = (data as Record<string, unknown>)[itemsKey];
    if (Array.isArray(items)) return items;
  }
  throw new Error(
    `Bynder returned an unexpected page shape for ${path}: expected ${style === "envelope" ? `an object with a "${itemsKey}" array` : "an array"}.`,
  );
}

/** Identifies a page by its items' ids (or their JSON when they have none). */
function fingerprint(items: unknown[]): string {
  return items
    .map((item) => {
      const id = (item as { id?: unknown } | null)?.id;
      return typeof id === "string" || typeof id === "number" ? `#${id}` : JSON.stringify(item);
    })
    .join("\n");
}

/**
 * Yields every page, the last (short or empty) one included, until a page is short or empty or
 * `maxPages` requests were made. If the last page yielded has `hasMore: true`, the page cap cut the
 * walk and Bynder may have more. Throws a PaginationError when a page repeats the previous one.
 */
export async function* paginate<T = unknown>(
  client: BynderClient,
  options: PaginateOptions,
): AsyncGenerator<Page<T>> {
  const { style, pageSize, maxPages } = options;
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new Error(`paginate: maxPages must be a positive whole number (got ${maxPages}).`);
  }
  const itemsKey = options.itemsKey ?? "media";
  const startPage = options.startPage ?? 1;
  const path = options.request.path;
  let previous: string | undefined;
  for (let page = startPage; page < startPage + maxPages; page++) {
    const query: Record<string, ParamValue> = {
      ...options.request.query,
      ...(page === startPage ? options.firstPageQuery : {}),
      page,
    };
    if (options.sendLimit !== false) query.limit = pageSize;
    if (style === "envelope") query.total = 1;
    const response = await client.request({ ...options.request, method: "GET", query });
    const items = itemsOf(style, response.data, itemsKey, path) as T[];
    const print = items.length > 0 ? fingerprint(items) : undefined;
    if (print !== undefined && print === previous) {
      throw new PaginationError(
        `Bynder returned the same ${items.length} items for page ${page} as for page ${page - 1} of ${path}, so it seems to ignore "page". Stopped rather than read the same page again; turn Fetch All off and use Page instead.`,
      );
    }
    previous = print;
    const total = reportedTotal(style, response.data, response.headers);
    const hasMore = items.length >= pageSize;
    yield { items, page, total, data: response.data, hasMore };
    if (!hasMore) return;
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
}

/**
 * Collects the items of every page, keeping at most `maxItems` (optional). With exactly
 * `maxItems` collected after a full page, one more request tells whether anything is left;
 * give `maxPages` room for it (`Math.ceil(maxItems / pageSize) + 1`).
 */
export async function collectAll<T = unknown>(
  client: BynderClient,
  options: PaginateOptions & { maxItems?: number },
): Promise<Collected<T>> {
  const items: T[] = [];
  const out: Collected<T> = { items, pages: 0, complete: false };
  const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
  let last: Page<T> | undefined;
  for await (const page of paginate<T>(client, options)) {
    out.pages++;
    last = page;
    if (out.pages === 1) out.first = page.data;
    out.total ??= page.total;
    for (const item of page.items) items.push(item);
    if (items.length > maxItems) {
      items.length = maxItems;
      return { ...out, stoppedBy: "maxItems" };
    }
  }
  if (last && !last.hasMore) return { ...out, complete: true };
  return { ...out, stoppedBy: "maxPages" };
}
