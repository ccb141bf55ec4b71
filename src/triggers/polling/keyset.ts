import type { BynderClient } from "../../client/createBynderClient";
import type { ParamValue } from "../../client/request";

/**
 * Keyset polling for resources Bynder can filter by "modified since" and sort by `dateModified`
 * (assets, jobs): every request is page 1 of "modified at or after P, oldest first", so a record
 * modified during the poll moves behind us instead of shifting the pages (offset paging over a
 * moving set skips records). The cost follows the number of changes, not the library size.
 */

/** Bynder stamps whole seconds; asking a little before the cursor catches its own rounding. */
export const OVERLAP_MS = 2_000;
/** Bynder's search index lags its writes: records newer than server time minus this wait a poll. */
export const SETTLE_MS = 60_000;
export const PAGE_SIZE = 1000;
/** Requests one poll may make; a poll that hits it resumes from its last emitted record. */
export const MAX_REQUESTS = 10;

export interface KeysetCursor {
  /** Newest `dateModified` (ms) emitted so far. */
  at: number;
  /** id -> dateModified (ms) of what was emitted inside the overlap window before `at`. */
  seen: Record<string, number>;
}

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

function itemsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  const media = (data as { media?: unknown } | null)?.media;
  if (Array.isArray(media)) return media;
  throw new Error("Bynder returned an unexpected list shape while polling: expected an array.");
}

/** The listed records that carry an id and the cursor's timestamp. */
const stampedRows = (items: unknown[], field?: string) =>
  items.map((item) => stamp(item, field)).filter((s): s is Stamped => s !== undefined);

/** First poll without Start From: one request for the newest record, nothing emitted. */
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
  const rows = stampedRows(itemsOf(response.data), source.field);
  const now = serverTime(response.headers);
  if (rows.length === 0) {
    if (now === undefined)
      throw new Error("Bynder's answer had no Date header to start the polling cursor from.");
    return { at: now - settleMs, seen: {} };
  }
  const at = Math.max(...rows.map((r) => r.modified));
  const seen: Record<string, number> = {};
  for (const r of rows) if (r.modified >= at - OVERLAP_MS) seen[r.id] = r.modified;
  return { at, seen };
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
  const previousAt = o.cursor.at;
  const createdSince = o.floor ?? previousAt - OVERLAP_MS;
  let at = o.cursor.at;
  const seen: Record<string, number> = { ...o.cursor.seen };
  const created: Record<string, unknown>[] = [];
  const updated: Record<string, unknown>[] = [];
  let from = o.floor ?? at - OVERLAP_MS;
  let page = 1;
  let cap: number | undefined;
  let requests = 0;
  let complete = false;
  /** Whether this window needed page 2+, and whether the current pass over it emitted anything. */
  let paged = false;
  let passNew = false;
  while (requests < maxRequests) {
    const query = { ...source.query(isoSeconds(from)), limit: pageSize, page };
    const response = await client.request({ method: "GET", path: source.path, query });
    requests += 1;
    if (cap === undefined) {
      const now = serverTime(response.headers);
      if (now === undefined)
        o.warn("Bynder sent no Date header: the settle window uses the runner's clock instead.");
      cap = (now ?? o.fallbackNow()) - settleMs;
    }
    const items = itemsOf(response.data);
    const rows = stampedRows(items, source.field).sort((a, b) => a.modified - b.modified);
    let reachedCap = false;
    const before = created.length + updated.length;
    for (const row of rows) {
      if (row.modified > cap) {
        reachedCap = true;
        break;
      }
      if (row.modified < from || seen[row.id] === row.modified) continue;
      const isNew = !(row.id in seen) && row.created !== undefined && row.created >= createdSince;
      (isNew ? created : updated).push(row.record);
      seen[row.id] = row.modified;
      if (row.modified > at) at = row.modified;
    }
    if (created.length + updated.length > before) passNew = true;
    const short = reachedCap || items.length < pageSize;
    const newest = rows.length ? rows[rows.length - 1].modified : from;
    if (!short && newest - OVERLAP_MS <= from) {
      // More than a page inside the overlap window: only then walk pages at the same position.
      page += 1;
      paged = true;
      continue;
    }
    if (paged && passNew) {
      // Page offsets shift when a record leaves the window mid-walk: read it again until a pass
      // finds nothing new, so no record is skipped.
      page = 1;
      passNew = false;
      continue;
    }
    if (short) {
      complete = true;
      break;
    }
    from = newest - OVERLAP_MS;
    page = 1;
    paged = false;
    passNew = false;
  }
  for (const [id, modified] of Object.entries(seen))
    if (modified < at - OVERLAP_MS) delete seen[id];
  return { created, updated, cursor: { at, seen }, requests, complete };
}
