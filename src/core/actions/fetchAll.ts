import type { Inputs } from "@prismatic-io/spectral";
import type { ParamValue } from "../http/request";
import type { PageClient } from "../paging/pageClient";
import { type Collected, collectAll, PaginationError, type PagingVendor } from "../paging/paginate";
import { adaptiveWidth, type Width } from "../paging/width";
import { verifiedWalkRequests } from "../paging/windows";
import {
  FETCH_ALL_CONCURRENCY,
  FETCH_ALL_MAX_WIDTH,
  type Pagination,
  type Params,
} from "./actionSpec";
import type { ActionRequest } from "./buildRequest";

/** A fixed width when the action asks for one; else rate × latency, by the client's own pace. */
function widthOf(
  client: PageClient,
  concurrency?: number,
): { concurrency: number } | { width: Width } {
  if (concurrency !== undefined) return { concurrency };
  const rate = client.ratePerSecond;
  if (rate === undefined) return { concurrency: FETCH_ALL_CONCURRENCY };
  return { width: adaptiveWidth({ ratePerSecond: rate, ceiling: FETCH_ALL_MAX_WIDTH }) };
}

const n = (x: number) => x.toLocaleString("en-US");

/** Why an incomplete walk stopped, in the user's terms. */
function truncationReason(
  all: Collected<unknown>,
  maxItems: number,
  noun: string,
  vendor: string,
): string {
  if (all.stoppedBy === "changed") {
    const totals =
      all.total !== undefined && all.lastTotal !== undefined && all.total !== all.lastTotal
        ? `${vendor}'s total went from ${n(all.total)} to ${n(all.lastTotal)}`
        : "records moved between pages";
    return `The list of ${noun} changed while it was read (${totals}) and still did not line up after ${all.repairs} re-reads, so some ${noun} may be missing. Run the step again when fewer ${noun} are being added or deleted.`;
  }
  const reported = all.total !== undefined ? `${vendor} reports ${n(all.total)} in all` : "";
  if (all.stoppedBy === "maxItems") {
    return `Stopped at Max Items (${n(maxItems)} ${noun}); ${reported || `${vendor} has more`}.`;
  }
  return `Stopped after ${n(all.pages)} requests; ${reported || `${vendor} may have more`}.`;
}

/**
 * Fetch All for a paginated action. An envelope comes back as one big page that keeps the first
 * page's extras: `{<items>, ...extras, total: {count: <the API's total>}, fetched, complete,
 * truncated: {cause, reason} | null}`. A plain array is returned only when complete; otherwise the
 * step fails and names Max Items (or says the list kept changing), since an array cannot say it is
 * partial.
 */
export async function fetchAllPages<I extends Inputs>(
  client: PageClient,
  vendor: PagingVendor,
  label: string,
  pg: Pagination<I>,
  request: ActionRequest,
  params: Params<I>,
): Promise<unknown> {
  const maxItems = (params as Record<string, unknown>)[pg.maxItemsInput] as number;
  const { page: _page, limit: _limit, ...query } = request.query;
  // Oldest first unless the user chose an order: records created during the walk then land on the
  // last page instead of pushing every later page down by one.
  if (pg.defaultOrder && (query.orderBy ?? "") === "") {
    query.orderBy = pg.defaultOrder;
  }
  const firstPageQuery: Record<string, ParamValue> = {};
  for (const key of pg.firstPageOnly ?? []) {
    if (key in query) firstPageQuery[key] = query[key];
    delete query[key];
  }
  // Reads overlap and boundaries are checked at other sizes, so a fixed page size cannot be; such
  // lists are ones the API cannot delete from (store orders), so pages never shift up.
  const verify = pg.sendLimit !== false;
  const all = await collectAll(client, {
    request: { path: request.path, pathParams: request.pathParams, query },
    firstPageQuery,
    style: pg.style,
    vendor,
    limitParam: pg.limitParam,
    itemsKey: pg.itemsKey,
    pageSize: pg.pageSize,
    sendLimit: pg.sendLimit,
    maxItems,
    ...widthOf(client, pg.concurrency),
    pageData: pg.pageData,
    // Room for the requests the cap allows, one that confirms nothing is left, and one to spare.
    maxPages: verify
      ? verifiedWalkRequests(maxItems, pg.pageSize) + 1
      : Math.ceil(maxItems / pg.pageSize) + 1,
    verify,
  });
  const reason = all.complete ? null : truncationReason(all, maxItems, pg.noun, vendor.name);
  if (pg.style !== "envelope" && pg.style !== "meta") {
    if (reason && all.stoppedBy === "changed") {
      throw new PaginationError(`${label}: ${reason}`);
    }
    if (reason) {
      // An array cannot say it is partial, so the step fails rather than drop items silently.
      throw new PaginationError(
        `${label}: ${vendor.name} has more ${pg.noun} than this step may fetch. ${reason} Raise "Max Items", narrow the list, or turn "Fetch All" off and read it page by page.`,
      );
    }
    return all.items;
  }
  const itemsKey = pg.itemsKey ?? "media";
  const first = all.first && typeof all.first === "object" && !Array.isArray(all.first);
  const extras = first ? { ...(all.first as Record<string, unknown>) } : {};
  delete extras[itemsKey];
  const totalCount = all.total ?? (all.complete ? all.items.length : undefined);
  return {
    ...extras,
    [itemsKey]: all.items,
    ...(totalCount === undefined ? {} : { total: { count: totalCount } }),
    fetched: all.items.length,
    complete: all.complete,
    truncated: reason === null ? null : { cause: all.stoppedBy, reason },
  };
}
