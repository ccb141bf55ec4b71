import { clock } from "../http/clock";
import type { ParamValue } from "../http/request";
import type { PageClient } from "./pageClient";
import { itemsOf, metaNextPage, reportedTotal } from "./pageShape";
import type { PaginateOptions } from "./paginate";
import type { Width } from "./width";
import type { Slot } from "./windows";

/** One page as read, before the walk judges it. */
export interface Read<T> {
  items: T[];
  total?: number;
  data: unknown;
  /** The vendor's cursor header, when the API answered with one (deep search). */
  cursor?: string;
  /** False when a `meta` page says it is the last one. */
  nextPage?: boolean;
  /** The cursor this page was asked for with. */
  sentCursor?: string;
}

/**
 * Reads one page (a slot's page and limit, or the cursor a page named; `first` adds the first
 * page's query) and tells `width` how long it took.
 */
export function pageReader<T>(client: PageClient, options: PaginateOptions, width: Width) {
  const { style } = options;
  const itemsKey = options.itemsKey ?? "media";
  const path = options.request.path;
  return async (slot: Slot, first: boolean, cursor?: string): Promise<Read<T>> => {
    const query: Record<string, ParamValue> = {
      ...options.request.query,
      ...(first ? options.firstPageQuery : {}),
    };
    if (cursor === undefined) query.page = slot.page;
    else query.cursor = cursor;
    if (options.sendLimit !== false) query[options.limitParam ?? "limit"] = slot.limit;
    if (style === "envelope") query.total = 1;
    const started = clock().now();
    const response = await client.request({ ...options.request, method: "GET", query });
    // The wire time when the client knows it: time queued behind the pacer says nothing of latency.
    width.observe(response.elapsedMs ?? clock().now() - started);
    const data = options.pageData ? options.pageData(response.data) : response.data;
    const items = itemsOf(style, data, itemsKey, path, options.vendor.name) as T[];
    const total = reportedTotal(style, data, response.headers);
    const header = options.vendor.cursorHeader;
    const next = (header && response.headers[header]) || undefined;
    const nextPage = style === "meta" ? metaNextPage(data) !== null : undefined;
    return { items, total, data, cursor: next, sentCursor: cursor, nextPage };
  };
}
