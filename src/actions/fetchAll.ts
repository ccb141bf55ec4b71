import type { Inputs } from "@prismatic-io/spectral";
import type { BynderClient } from "../client/createBynderClient";
import { collectAll } from "../client/paginate";
import type { Pagination } from "./actionSpec";
import type { ActionRequest } from "./buildRequest";

/** Fetch All for a paginated action: every page, shaped like one page of the endpoint. */
export async function fetchAllPages<I extends Inputs>(
  client: BynderClient,
  label: string,
  pg: Pagination<I>,
  request: ActionRequest,
  warn: (message: string) => void,
): Promise<unknown> {
  const { page: _page, limit: _limit, ...rest } = request.query;
  const all = await collectAll(client, {
    request: { path: request.path, pathParams: request.pathParams, query: rest },
    style: pg.style,
    itemsKey: pg.itemsKey,
    pageSize: pg.pageSize,
    sendLimit: pg.sendLimit,
    onCapReached: (n) => warn(`${label}: stopped after ${n} pages (page cap).`),
  });
  return pg.style === "envelope"
    ? { [pg.itemsKey ?? "media"]: all.items, total: { count: all.items.length } }
    : all.items;
}
