import type { BynderClient } from "../../client/createBynderClient";
import { paginate } from "../../client/paginate";
import { ORDER_PAGE_SIZE, ORDERS_PATH } from "../../actions/orders/paging";

/**
 * Collections, campaigns and orders have no "modified since" filter, so these pollers cost more:
 * - new collections: newest first by `dateCreated`, stopping at the cursor: O(new);
 * - updated collections and campaigns: a bounded full scan compared with a snapshot of
 *   id -> modified time (seconds, base 36): O(N) per poll;
 * - orders: new only (an order has no modified date), newest first, stopping at the cursor.
 */
const COLLECTION_PAGE_SIZE = 1000;
/** Bounds of one poll's scan. */
const MAX_COLLECTION_PAGES = 20;
const MAX_ORDER_PAGES = 10;

export interface SnapshotState {
  /** Newest creation time (ms) seen so far. */
  createdAt: number;
  /** id -> modified time in seconds (base 36), when updates are tracked. */
  modified?: Record<string, string>;
}

export interface SnapshotResult {
  created: Record<string, unknown>[];
  updated: Record<string, unknown>[];
  state: SnapshotState;
}

type Row = Record<string, unknown>;
const time = (v: unknown) => (typeof v === "string" ? Date.parse(v) : Number.NaN);
const idOf = (r: Row) => String(r.id ?? r.ID ?? "");
const compact = (v: unknown) => {
  const ms = time(v);
  return Number.isFinite(ms) ? Math.floor(ms / 1000).toString(36) : String(v ?? "");
};

/** Splits a full listing against the previous snapshot; with no snapshot, it only records one. */
function compare(rows: Row[], previous: SnapshotState | undefined, createdField: string) {
  const modified: Record<string, string> = {};
  const created: Row[] = [];
  const updated: Row[] = [];
  let createdAt = previous?.createdAt ?? 0;
  for (const row of rows) {
    const id = idOf(row);
    const stampNow = compact(row.dateModified);
    modified[id] = stampNow;
    const c = time(row[createdField]);
    if (Number.isFinite(c) && c > createdAt) createdAt = c;
    if (!previous?.modified) continue;
    const before = previous.modified[id];
    if (before === undefined) {
      if (!(c <= previous.createdAt)) created.push(row);
    } else if (before !== stampNow) updated.push(row);
  }
  return { created, updated, state: { createdAt, modified } };
}

/** New-only polling: the rows created after `since` (none on a first poll) and the new cursor. */
function createdAfter(rows: Row[], since: number | undefined, field: string): SnapshotResult {
  const stamps = rows.map((r) => time(r[field])).filter(Number.isFinite);
  const createdAt = Math.max(since ?? 0, ...stamps);
  const created = since === undefined ? [] : rows.filter((r) => time(r[field]) > since);
  return { created, updated: [], state: { createdAt } };
}

async function listCollections(client: BynderClient, stopBefore?: number): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of paginate<Row>(client, {
    request: { path: "/api/v4/collections/", query: { orderBy: "dateCreated desc" } },
    style: "array",
    pageSize: COLLECTION_PAGE_SIZE,
    maxPages: MAX_COLLECTION_PAGES,
  })) {
    rows.push(...page.items);
    const oldest = time(page.items[page.items.length - 1]?.dateCreated);
    if (stopBefore !== undefined && oldest <= stopBefore) break;
  }
  return rows;
}

export async function pollCollections(
  client: BynderClient,
  previous: SnapshotState | undefined,
  trackUpdates: boolean,
): Promise<SnapshotResult> {
  if (trackUpdates) return compare(await listCollections(client), previous, "dateCreated");
  // New only: O(new), newest first until the cursor.
  const since = previous?.createdAt;
  const rows = await listCollections(client, since ?? Number.POSITIVE_INFINITY);
  return createdAfter(rows, since, "dateCreated");
}

export async function pollCampaigns(
  client: BynderClient,
  previous: SnapshotState | undefined,
): Promise<SnapshotResult> {
  // Bynder's campaign list takes no parameters: one request returns all of them.
  const response = await client.request<Row[]>({ method: "GET", path: "/api/workflow/campaigns" });
  if (!Array.isArray(response.data))
    throw new Error(
      "Bynder returned an unexpected campaign list while polling: expected an array.",
    );
  return compare(response.data, previous, "dateCreated");
}

export async function pollOrders(
  client: BynderClient,
  previous: SnapshotState | undefined,
): Promise<SnapshotResult> {
  const since = previous?.createdAt;
  const rows: Row[] = [];
  for await (const page of paginate<Row>(client, {
    request: { path: ORDERS_PATH },
    style: "array",
    pageSize: ORDER_PAGE_SIZE,
    sendLimit: false,
    maxPages: since === undefined ? 1 : MAX_ORDER_PAGES,
  })) {
    rows.push(...page.items);
    if (since === undefined) break;
    if (page.items.every((r) => time(r.date_created) <= since)) break;
  }
  return createdAfter(rows, since, "date_created");
}
