import { z } from "zod";
import type { BynderClient } from "./createBynderClient";
import type { BynderRequest, ParamValue } from "./request";

/**
 * Bynder's three paging styles:
 * - `envelope`: `page`+`limit` with `total=1`, answering `{<itemsKey>: [...], total: {count}}` (or `count: n`);
 * - `array`: `page`+`limit` answering a plain array; the last page is short;
 * - `headers`: a plain array plus `X-Pagination-TotalPages` / `X-Pagination-TotalRecords` headers.
 */
export type PageStyle = "envelope" | "array" | "headers";

export interface PaginateOptions {
  request: Omit<BynderRequest, "method"> & { method?: "GET" };
  style: PageStyle;
  /** Key of the item array inside an envelope (`media`, `collections`). */
  itemsKey?: string;
  pageSize: number;
  /** Whether the API accepts a `limit` (store orders do not: their page size is fixed). */
  sendLimit?: boolean;
  startPage?: number;
  /** Hard cap on pages fetched, so a misbehaving API can never make this loop forever. */
  maxPages?: number;
  onCapReached?: (pages: number) => void;
}

export const DEFAULT_MAX_PAGES = 10_000;

const envelopeSchema = z.looseObject({
  total: z.union([z.looseObject({ count: z.coerce.number() }), z.coerce.number()]).optional(),
  count: z.unknown().optional(),
});

function reportedTotal(
  style: PageStyle,
  data: unknown,
  headers: Record<string, string>,
): number | undefined {
  if (style === "headers") {
    const records = Number(headers["x-pagination-totalrecords"]);
    return Number.isFinite(records) && headers["x-pagination-totalrecords"] !== undefined
      ? records
      : undefined;
  }
  if (style !== "envelope") return undefined;
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { total, count } = parsed.data;
  if (typeof total === "number") return total;
  if (total && typeof total === "object") return total.count;
  return typeof count === "number" ? count : undefined;
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

export interface Page<T> {
  items: T[];
  page: number;
  /** The total Bynder reported on this page, if any. */
  total?: number;
}

/**
 * Yields pages until one is empty, one is short, the reported total is reached, or the page cap
 * is hit, whichever comes first. Errors are thrown, never swallowed.
 */
export async function* paginate<T = unknown>(
  client: BynderClient,
  options: PaginateOptions,
): AsyncGenerator<Page<T>> {
  const { style, pageSize } = options;
  const itemsKey = options.itemsKey ?? "media";
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const startPage = options.startPage ?? 1;
  let seen = 0;
  for (let page = startPage, fetched = 0; ; page++, fetched++) {
    if (fetched >= maxPages) {
      options.onCapReached?.(fetched);
      return;
    }
    const query: Record<string, ParamValue> = { ...options.request.query, page };
    if (options.sendLimit !== false) query.limit = pageSize;
    if (style === "envelope") query.total = 1;
    const response = await client.request({ ...options.request, method: "GET", query });
    const items = itemsOf(style, response.data, itemsKey, options.request.path) as T[];
    const total = reportedTotal(style, response.data, response.headers);
    seen += items.length;
    if (items.length > 0) yield { items, page, total };
    const totalPages = Number(response.headers["x-pagination-totalpages"]);
    const done =
      items.length === 0 ||
      items.length < pageSize ||
      (total !== undefined && seen >= total) ||
      (style === "headers" && Number.isFinite(totalPages) && page >= totalPages);
    if (done) return;
  }
}

/** Collects every item of every page. */
export async function collectAll<T = unknown>(
  client: BynderClient,
  options: PaginateOptions,
): Promise<{ items: T[]; total?: number }> {
  const items: T[] = [];
  let total: number | undefined;
  for await (const page of paginate<T>(client, options)) {
    for (const item of page.items) items.push(item);
    total = page.total ?? total;
  }
  return { items, total };
}
