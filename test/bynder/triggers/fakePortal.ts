import nock from "nock";
import { PORTAL } from "../../helpers/connections";

/** A record of a fake list: times in ms, rendered as Bynder does (whole-second ISO). */
export interface FakeRecord {
  id: string;
  name?: string;
  created: number;
  modified: number;
}

export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
export const T0 = Date.parse("2026-03-10T12:00:00Z");

/**
 * A nock-served list endpoint with Bynder's keyset filters (assets: `dateModified`; jobs:
 * `dateModifiedFrom`), `orderBy`, `limit`, `page`, and a `Date` header from `serverNow`. It records
 * every query, and `during` may change the data while a request is being answered.
 */
export function fakeList(path: string, fromParam: "dateModified" | "dateModifiedFrom") {
  const state = {
    records: [] as FakeRecord[],
    serverNow: T0,
    sendDate: true,
    queries: [] as Record<string, string>[],
    during: undefined as ((requestNumber: number) => void) | undefined,
  };
  const scope = nock(PORTAL)
    .persist()
    .get(path)
    .query(true)
    .reply(function (uri) {
      const q = Object.fromEntries(new URL(uri, PORTAL).searchParams);
      state.queries.push(q);
      state.during?.(state.queries.length);
      const from = q[fromParam] ? Date.parse(q[fromParam]) : Number.NEGATIVE_INFINITY;
      const [field, dir] = (q.orderBy ?? "dateCreated desc").split(" ");
      const key = field === "dateModified" ? "modified" : "created";
      const rows = state.records
        .filter((r) => r.modified >= from)
        .sort((a, b) => (dir === "desc" ? b[key] - a[key] : a[key] - b[key]));
      const limit = Number(q.limit ?? 50);
      const page = Number(q.page ?? 1);
      const body = rows.slice((page - 1) * limit, page * limit).map((r) => ({
        id: r.id,
        name: r.name ?? r.id,
        dateCreated: iso(r.created),
        dateModified: iso(r.modified),
      }));
      const headers: Record<string, string> = state.sendDate
        ? { Date: new Date(state.serverNow).toUTCString() }
        : {};
      return [200, body, headers];
    });
  return { state, scope };
}
