import { z } from "zod";
import { parseResponse } from "../../../core/http/parseResponse";
import type { BynderClient } from "../../client/clientFor";
import { paginate } from "../../../core/paging/paginate";
import { BYNDER_PAGING, CAMPAIGNS_PATH, COLLECTIONS_PATH, ORDERS_PATH } from "../../endpoints";
import { collectionPaging, orderPaging } from "../../paging";

/**
 * Collections, campaigns and orders have no "modified since" filter, so these pollers cost more:
 * - new collections: newest first by `dateCreated`, stopping at the cursor: O(new);
 * - updated collections and campaigns: a bounded full scan compared with a snapshot of
 *   id -> modified time (seconds, base 36): O(N) per poll;
 * - orders: new only (an order has no modified date), newest first, stopping at the cursor.
 */
/** Bounds of one poll's scan. */
const MAX_COLLECTION_PAGES = 20;
const MAX_ORDER_PAGES = 10;

export interface SnapshotState {
  /** Newest creation time (ms) seen so far. */
  createdAt: number;
  /** Ids created in `createdAt`'s second already emitted (new-only polling), at most MAX_SAME_SECOND. */
  sameSecond?: string[];
  /** id -> modified time in seconds (base 36), when updates are tracked. */
  modified?: Record<string, string>;
}

/** Ids kept for the newest creation second: more created in one second may be emitted twice. */
export const MAX_SAME_SECOND = 1000;

/** A stored snapshot, or why it cannot be used (then the poll records a new one). */
export function readSnapshot(stored: unknown): { state: SnapshotState } | { problem: string } {
  if (!stored || typeof stored !== "object" || Array.isArray(stored))
    return { problem: `it is ${stored === null ? "null" : typeof stored}, not an object` };
  const s = stored as Record<string, unknown>;
  if (typeof s.createdAt !== "number" || !Number.isFinite(s.createdAt))
    return {
      problem: `its creation time ${JSON.stringify(s.createdAt) ?? "undefined"} is not a date`,
    };
  const ids = s.sameSecond;
  if (ids !== undefined && (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")))
    return { problem: "its ids of the newest second are not a list of strings" };
  const m = s.modified;
  if (
    m !== undefined &&
    (!m || typeof m !== "object" || !Object.values(m).every((v) => typeof v === "string"))
  )
    return { problem: "its modification snapshot is not a map of ids to times" };
  return { state: stored as SnapshotState };
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
      // Same second as the newest seen is still new: it was not in the snapshot.
      if (!(c < previous.createdAt)) created.push(row);
    } else if (before !== stampNow) updated.push(row);
  }
  return { created, updated, state: { createdAt, modified } };
}

/**
 * New-only polling: the rows created after `since` (none on a first poll), plus those of `since`'s
 * own second not emitted yet, and the new cursor.
 */
function createdAfter(
  rows: Row[],
  previous: SnapshotState | undefined,
  field: string,
): SnapshotResult {
  const since = previous?.createdAt;
  const stamps = rows.map((r) => time(r[field])).filter(Number.isFinite);
  const createdAt = Math.max(since ?? 0, ...stamps);
  const done = new Set(previous?.sameSecond ?? []);
  // A snapshot stored before `sameSecond` existed had emitted its whole newest second.
  const legacy = previous !== undefined && previous.sameSecond === undefined;
  const isNew = (r: Row) => {
    const c = time(r[field]);
    return since !== undefined && (c > since || (c === since && !legacy && !done.has(idOf(r))));
  };
  const created = rows.filter(isNew);
  const newest = rows.filter((r) => time(r[field]) === createdAt).map(idOf);
  const sameSecond = [...(createdAt === since ? done : []), ...newest];
  return {
    created,
    updated: [],
    state: { createdAt, sameSecond: [...new Set(sameSecond)].slice(-MAX_SAME_SECOND) },
  };
}

async function listCollections(client: BynderClient, stopBefore?: number): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const page of paginate<Row>(client, {
    request: { path: COLLECTIONS_PATH, query: { orderBy: "dateCreated desc" } },
    ...collectionPaging,
    vendor: BYNDER_PAGING,
    maxPages: MAX_COLLECTION_PAGES,
  })) {
    rows.push(...page.items);
    const oldest = time(page.items[page.items.length - 1]?.dateCreated);
    if (stopBefore !== undefined && oldest < stopBefore) break;
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
  const rows = await listCollections(client, previous?.createdAt ?? Number.POSITIVE_INFINITY);
  return createdAfter(rows, previous, "dateCreated");
}

export async function pollCampaigns(
  client: BynderClient,
  previous: SnapshotState | undefined,
): Promise<SnapshotResult> {
  // Bynder's campaign list takes no parameters: one request returns all of them.
  const response = await client.request<Row[]>({ method: "GET", path: CAMPAIGNS_PATH });
  const rows = parseResponse(z.array(z.custom<Row>()), response.data, {
    vendor: "Bynder",
    what: "campaign list while polling",
    shape: "an array",
  });
  return compare(rows, previous, "dateCreated");
}

export async function pollOrders(
  client: BynderClient,
  previous: SnapshotState | undefined,
): Promise<SnapshotResult> {
  const since = previous?.createdAt;
  const rows: Row[] = [];
  for await (const page of paginate<Row>(client, {
    request: { path: ORDERS_PATH },
    ...orderPaging,
    vendor: BYNDER_PAGING,
    maxPages: since === undefined ? 1 : MAX_ORDER_PAGES,
  })) {
    rows.push(...page.items);
    if (since === undefined) break;
    if (page.items.every((r) => time(r.date_created) < since)) break;
  }
  return createdAfter(rows, previous, "date_created");
}
