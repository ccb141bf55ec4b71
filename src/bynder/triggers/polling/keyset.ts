import { z } from "zod";
import { parseResponse } from "../../../core/http/parseResponse";
import type { BynderClient } from "../../client/clientFor";
import type { ParamValue } from "../../../core/http/request";
import { cursorAt, type KeysetCursor, TAIL } from "./cursor";

/**
 * Keyset polling for resources Bynder can filter by "modified since" and sort by `dateModified`
 * (assets, jobs): a poll reads "modified at or after `from`, oldest first" from the cursor's
 * position, and moves `from` up to the newest record whenever the rows it read allow, so a quiet
 * poll costs one request. Bynder sorts ties (one second) in no documented order and offers no id
 * sort, so inside a crowded second the cursor is a position checked against the last ids read:
 * every request re-reads a few rows before the position, and a list that shifted (a read row was
 * modified again and moved to the end) is re-aligned instead of skipping a row. The cost follows
 * the number of changes, not the library size, and a poll that runs out of requests continues next
 * time from where it stopped, even in the middle of one second.
 */

export type { KeysetCursor } from "./cursor";

/** Bynder stamps whole seconds; asking a little before the cursor catches its own rounding. */
export const OVERLAP_MS = 2_000;
/** Bynder's search index lags its writes: records newer than server time minus this wait a poll. */
export const SETTLE_MS = 60_000;
export const PAGE_SIZE = 1000;
/** Requests one poll may make; a poll that hits it resumes from its position next time. */
export const MAX_REQUESTS = 10;

export interface KeysetSource {
  path: string;
  /** Query asking for records modified at or after `iso`, oldest first. */
  query: (iso: string) => Record<string, ParamValue>;
  /** Query for the single newest record (first poll without Start From). */
  newestQuery: Record<string, ParamValue>;
  /** The timestamp the cursor follows; default `dateModified` (the trash has `dateRemoved`). */
  field?: string;
  /** Default PAGE_SIZE. */
  pageSize?: number;
}

export interface Stamped {
  id: string;
  modified: number;
  created: number | undefined;
  record: Record<string, unknown>;
}

export interface KeysetResult {
  created: Record<string, unknown>[];
  updated: Record<string, unknown>[];
  cursor: KeysetCursor;
  requests: number;
  /** False when the request budget ended the poll before it caught up. */
  complete: boolean;
}

/** `2026-03-10T14:02:11Z`: whole seconds, the form Bynder's filters document. */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const floorSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

function parseTime(value: unknown): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const ms = typeof value === "number" ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

function stamp(item: unknown, field = "dateModified"): Stamped | undefined {
  if (!item || typeof item !== "object") return undefined;
  const record = item as Record<string, unknown>;
  const id = record.id ?? record.ID;
  const modified = parseTime(record[field]);
  if ((typeof id !== "string" && typeof id !== "number") || modified === undefined)
    return undefined;
  return { id: String(id), modified, created: parseTime(record.dateCreated), record };
}

/** The server's time from the response's `Date` header (never the runner's clock), if present. */
function serverTime(headers: Record<string, string>): number | undefined {
  const ms = Date.parse(headers.date ?? "");
  return Number.isFinite(ms) ? ms : undefined;
}

const LIST = z.array(z.unknown());
/** A plain array, or the media envelope around one. */
const LIST_ANSWER = z
  .union([LIST, z.looseObject({ media: LIST })])
  .transform((answer) => (Array.isArray(answer) ? answer : answer.media));

function itemsOf(data: unknown): unknown[] {
  return parseResponse(LIST_ANSWER, data, {
    vendor: "Bynder",
    what: "list shape while polling",
    shape: "an array",
  });
}

/**
 * First poll without Start From: one request for the newest record, nothing emitted. Everything
 * modified up to the end of that record's second counts as read.
 */
export async function baseline(
  client: BynderClient,
  source: KeysetSource,
  settleMs: number,
): Promise<KeysetCursor> {
  const response = await client.request({
    method: "GET",
    path: source.path,
    query: source.newestQuery,
  });
  const rows = itemsOf(response.data)
    .map((item) => stamp(item, source.field))
    .filter((s): s is Stamped => s !== undefined);
  if (rows.length > 0)
    return cursorAt(floorSecond(Math.max(...rows.map((r) => r.modified))) + 999, OVERLAP_MS);
  const now = serverTime(response.headers);
  if (now === undefined)
    throw new Error("Bynder's answer had no Date header to start the polling cursor from.");
  return cursorAt(now - settleMs, OVERLAP_MS);
}

/**
 * The request that continues at position `skip` while re-reading 1..TAIL rows before it (page
 * offsets are multiples of the limit, so the limit is chosen to make one fall just before `skip`).
 */
export function windowFor(skip: number, pageSize: number) {
  if (skip <= pageSize / 2) return { page: 1, limit: pageSize, start: 0 };
  for (let limit = pageSize; limit >= Math.ceil(pageSize / 2); limit--) {
    const back = skip % limit;
    if (back >= 1 && back <= TAIL)
      return { page: (skip - back) / limit + 1, limit, start: skip - back };
  }
  const page = Math.floor(skip / pageSize) + 1;
  return { page, limit: pageSize, start: (page - 1) * pageSize };
}

export interface KeysetPollOptions {
  cursor: KeysetCursor;
  /** Start From on a first poll: emit records modified at or after it, all as new or updated by dateCreated. */
  floor?: number;
  settleMs?: number;
  maxRequests?: number;
  pageSize?: number;
  /** Used only when Bynder sends no Date header; logged. */
  fallbackNow: () => number;
  warn: (message: string) => void;
}

export async function keysetPoll(
  client: BynderClient,
  source: KeysetSource,
  o: KeysetPollOptions,
): Promise<KeysetResult> {
  const settleMs = o.settleMs ?? SETTLE_MS;
  const maxRequests = o.maxRequests ?? MAX_REQUESTS;
  const pageSize = o.pageSize ?? source.pageSize ?? PAGE_SIZE;
  const readBefore = new Set(o.cursor.tail);
  // New: created after the last record read (any time since Start From on a backfill), or in its
  // very second and never modified since (so not read then); anything else is an update.
  const isNew = ({ id, created, modified }: Stamped) =>
    created !== undefined &&
    !readBefore.has(id) &&
    (o.floor !== undefined
      ? created >= o.floor
      : created > o.cursor.at || (created === o.cursor.at && modified === created));
  let { at, from, skip } = o.cursor;
  let tail = [...o.cursor.tail];
  const created: Record<string, unknown>[] = [];
  const updated: Record<string, unknown>[] = [];
  /** Guards against emitting one version twice within a poll when a window is read again. */
  const emitted = new Set<string>();
  let cap: number | undefined;
  let requests = 0;
  let complete = false;
  let unsure = 0;
  /** The second in which the previous request's stopping point became unknown. */
  let unsureAt = 0;
  while (requests < maxRequests) {
    const w = windowFor(skip, pageSize);
    const query = { ...source.query(isoSeconds(from)), limit: w.limit, page: w.page };
    const response = await client.request({ method: "GET", path: source.path, query });
    requests += 1;
    if (cap === undefined) {
      const now = serverTime(response.headers);
      if (now === undefined)
        o.warn("Bynder sent no Date header: the settle window uses the runner's clock instead.");
      cap = (now ?? o.fallbackNow()) - settleMs;
    }
    const items = itemsOf(response.data);
    const rows = items.map((item) => stamp(item, source.field));
    // Where the rows already read end in this window: after the newest known id, else by position.
    const known = new Set(tail);
    let boundary = -1;
    for (let i = rows.length - 1; i >= 0 && boundary < 0; i--) {
      const r = rows[i];
      if (r && known.has(r.id) && r.modified <= at) boundary = i;
    }
    let ambiguous = false;
    const expected = skip - w.start;
    if (boundary < 0 && expected > 0) {
      const first = rows.find((r) => r !== undefined);
      if (tail.length === 0) boundary = Math.min(expected, rows.length) - 1;
      else if (first && first.modified < at) ambiguous = true;
      else if (w.start > 0) {
        // The list moved back by more than the re-read rows: look further back.
        skip = Math.max(0, w.start - Math.floor(pageSize / 2));
        continue;
      } else ambiguous = true;
    }
    // Rows older than the newest one read before this window were read (the list is in order).
    const atBefore = at;
    let last = boundary;
    let reachedCap = false;
    for (let i = boundary + 1; i < rows.length; i++) {
      const row = rows[i];
      if (row && row.modified > cap) {
        reachedCap = true;
        break;
      }
      last = i;
      if (!row) continue;
      tail.push(row.id);
      const key = `${row.id}@${row.modified}`;
      if (row.modified < atBefore || emitted.has(key)) continue;
      if (ambiguous && row.modified === atBefore) {
        unsure += 1;
        unsureAt = atBefore;
      }
      emitted.add(key);
      (isNew(row) ? created : updated).push(row.record);
      at = Math.max(at, row.modified);
    }
    tail = tail.slice(-TAIL);
    skip = w.start + last + 1;
    // Move the list's start up to the newest row read when every row read after it is in view.
    const newFrom = floorSecond(at - OVERLAP_MS);
    const firstRow = rows.find((r) => r !== undefined);
    if (newFrom > from && firstRow && firstRow.modified < newFrom) {
      let inView = 0;
      for (let i = 0; i <= last; i++) if ((rows[i]?.modified ?? newFrom) >= newFrom) inView += 1;
      from = newFrom;
      skip = inView;
    }
    if (reachedCap || items.length < w.limit) {
      complete = true;
      break;
    }
  }
  if (unsure > 0)
    o.warn(
      `The last records read at ${isoSeconds(unsureAt)} were all modified again, so where the previous request stopped inside that second is unknown: ${unsure} record(s) of that second may be emitted a second time.`,
    );
  return { created, updated, cursor: { at, from, skip, tail }, requests, complete };
}
