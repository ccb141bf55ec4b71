import { useClock } from "../../../src/core/http/clock";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { cursorAt } from "../../../src/bynder/triggers/polling/cursor";
import { keysetPoll, OVERLAP_MS } from "../../../src/bynder/triggers/polling/keyset";
import { permanentConnection } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { type FakeRecord, fakeList, iso, T0 } from "./fakePortal";
import { pollRecords } from "../../helpers/polling";

const MIN = 60_000;
const rec = (id: string, created: number, modified = created): FakeRecord => ({
  id,
  created,
  modified,
});

type Out = { created: { id: string }[]; updated: { id: string }[]; deleted?: unknown[] };

/** One poll through the built trigger, keeping the instance state between calls. */
function poller(params: Record<string, unknown> = {}) {
  const instanceState: Record<string, unknown> = {};
  const { logger, lines } = recordingLogger();
  return {
    lines,
    instanceState,
    async poll() {
      const result = await pollRecords(
        { connection: permanentConnection(), resourceType: "assets", ...params },
        { instanceState, logger },
      );
      const data = result.data as Out;
      return {
        data,
        created: data.created.map((r) => r.id),
        updated: data.updated.map((r) => r.id),
        noChanges: result.resultType === "polled_no_changes",
      };
    },
  };
}

describe("New and Updated Records on assets", () => {
  it("starts from the newest record with one request and emits nothing", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.records = [rec("a", T0 - 10 * MIN), rec("b", T0 - 5 * MIN)];
    const p = poller();
    const first = await p.poll();
    expect(first).toMatchObject({ created: [], updated: [], noChanges: true });
    expect(list.state.queries).toEqual([{ orderBy: "dateModified desc", limit: "100", page: "1" }]);
  });

  it("asks only for records modified since the cursor, oldest first, and sorts them into created and updated", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.records = [rec("a", T0 - 10 * MIN), rec("b", T0 - 5 * MIN)];
    const p = poller();
    await p.poll();
    list.state.serverNow = T0 + 10 * MIN;
    list.state.records.push(rec("c", T0 + MIN));
    list.state.records[0].modified = T0 + 2 * MIN;
    const second = await p.poll();
    expect(second).toMatchObject({ created: ["c"], updated: ["a"], noChanges: false });
    expect(list.state.queries[1]).toEqual({
      dateModified: iso(T0 - 5 * MIN - OVERLAP_MS),
      orderBy: "dateModified asc",
      limit: "1000",
      page: "1",
    });
    // Nothing changed: one request, nothing emitted (the overlap's records are not repeated).
    const third = await p.poll();
    expect(third).toMatchObject({ created: [], updated: [], noChanges: true });
    expect(list.state.queries).toHaveLength(3);
  });

  it("holds back records inside the settle window of the server's Date, whatever the runner's clock says", async () => {
    const restore = useClock({ now: () => T0 + 365 * 24 * 60 * MIN });
    try {
      const list = fakeList("/api/v4/media/", "dateModified");
      list.state.records = [rec("a", T0 - 10 * MIN)];
      const p = poller();
      await p.poll();
      list.state.serverNow = T0;
      list.state.records.push(rec("old", T0 - 2 * MIN), rec("fresh", T0 - 30_000));
      expect((await p.poll()).created).toEqual(["old"]);
      list.state.serverNow = T0 + 2 * MIN;
      expect((await p.poll()).created).toEqual(["fresh"]);
      expect((await p.poll()).created).toEqual([]);
    } finally {
      restore();
    }
  });

  it("emits two records of the same second once each, and a later change to one of them again", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.records = [rec("a", T0 - 10 * MIN)];
    const p = poller();
    await p.poll();
    list.state.serverNow = T0 + 10 * MIN;
    list.state.records.push(rec("x", T0), rec("y", T0));
    expect((await p.poll()).created.sort()).toEqual(["x", "y"]);
    list.state.records.find((r) => r.id === "y")!.modified = T0 + MIN;
    expect(await p.poll()).toMatchObject({ created: [], updated: ["y"] });
  });

  it("uses Start From to backfill on the first poll", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 10 * MIN;
    list.state.records = [rec("before", T0 - 60 * MIN), rec("after", T0 - 30 * MIN)];
    list.state.records[0].modified = T0 - 20 * MIN;
    const p = poller({ startFrom: iso(T0 - 45 * MIN) });
    expect(await p.poll()).toMatchObject({ created: ["after"], updated: ["before"] });
    expect(list.state.queries[0].dateModified).toBe(iso(T0 - 45 * MIN));
  });

  it("says so when a Start From backfill needs more than one poll's requests, and finishes it next poll", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    const n = 10_500; // more than 10 requests of 1000
    list.state.records = Array.from({ length: n }, (_, i) =>
      rec(`r${i}`, T0 - 4 * 60 * MIN + i * 1000),
    );
    const p = poller({ startFrom: iso(T0 - 5 * 60 * MIN) });
    const first = await p.poll();
    expect(list.state.queries).toHaveLength(10);
    expect(p.lines.join("\n")).toMatch(
      /used its 10 requests before catching up and emitted \d+ record\(s\); the next poll continues after the last record read/,
    );
    const second = await p.poll();
    const ids = [first, second].flatMap((r) => [...r.created, ...r.updated]);
    expect(new Set(ids).size).toBe(n);
    expect(ids).toHaveLength(n);
  });

  it("honours Show New Records and Show Updated Records without losing the cursor", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.records = [rec("a", T0 - 10 * MIN)];
    const p = poller({ showNewRecords: "false" });
    await p.poll();
    list.state.serverNow = T0 + 10 * MIN;
    list.state.records.push(rec("n", T0));
    list.state.records[0].modified = T0;
    expect(await p.poll()).toMatchObject({ created: [], updated: ["a"] });
    expect(await p.poll()).toMatchObject({ created: [], updated: [], noChanges: true });
  });
});

describe("keyset paging", () => {
  const client = () => createBynderClient(permanentConnection());
  const source = {
    path: "/api/v4/media/",
    query: (d: string) => ({ dateModified: d, orderBy: "dateModified asc" }),
    newestQuery: {},
  };
  const opts = (at: number) => ({
    cursor: cursorAt(at, OVERLAP_MS),
    fallbackNow: () => 0,
    warn: () => undefined,
    pageSize: 3,
  });

  it("moves the next request to the newest record of a full page instead of asking for page 2", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 60 * MIN;
    list.state.records = [1, 2, 3, 4, 5].map((i) => rec(`r${i}`, T0 + i * MIN));
    const r = await keysetPoll(client(), source, opts(T0));
    expect(r.created.map((x) => x.id)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
    expect(list.state.queries.map((q) => [q.dateModified, q.page])).toEqual([
      [iso(T0 - OVERLAP_MS), "1"],
      [iso(T0 + 3 * MIN - OVERLAP_MS), "1"],
      [iso(T0 + 5 * MIN - OVERLAP_MS), "1"],
    ]);
    expect(r.cursor.at).toBe(T0 + 5 * MIN);
  });

  it("pages inside one second only when more than a page shares it", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 60 * MIN;
    list.state.records = ["a", "b", "c", "d", "e"].map((id) => rec(id, T0 + MIN));
    const r = await keysetPoll(client(), source, opts(T0 + MIN));
    expect(r.created.map((x) => x.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
    // Each page re-reads the last row read (the limit is chosen so a page starts just before the
    // position), so a shift would show; nothing is read twice in full.
    expect(list.state.queries.map((q) => [q.page, q.limit])).toEqual([
      ["1", "3"],
      ["2", "2"],
      ["2", "3"],
    ]);
  });

  it("does not skip a record when another one leaves a paged window during the walk", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 60 * MIN;
    list.state.records = ["a", "b", "c", "d", "e"].map((id) => rec(id, T0 + MIN));
    // While page 2 is being answered, "a" (already read on page 1) is modified again, now.
    list.state.during = (n) => {
      if (n === 2) list.state.records[0].modified = T0 + 60 * MIN;
    };
    const r = await keysetPoll(client(), source, opts(T0 + MIN));
    expect(r.created.map((x) => x.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
    // Page 2 no longer starts with the last row read: the poll steps back to page 1 to re-align.
    expect(list.state.queries.map((q) => [q.page, q.limit])).toEqual([
      ["1", "3"],
      ["2", "2"],
      ["1", "3"],
      ["2", "2"],
      ["2", "3"],
    ]);
  });

  it("stops at its request budget with the cursor on the last record emitted, and the next poll resumes", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 60 * MIN;
    list.state.records = Array.from({ length: 8 }, (_, i) => rec(`r${i}`, T0 + (i + 1) * MIN));
    const first = await keysetPoll(client(), source, { ...opts(T0), maxRequests: 2 });
    expect(first.complete).toBe(false);
    expect(first.created.map((x) => x.id)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(first.cursor.at).toBe(T0 + 5 * MIN);
    const next = await keysetPoll(client(), source, { ...opts(0), cursor: first.cursor });
    expect(next.created.map((x) => x.id)).toEqual(["r5", "r6", "r7"]);
    expect(next.complete).toBe(true);
  });

  it("when every id it kept was modified again, emits the rest of that second rather than skip any, and warns of possible repeats", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 60 * MIN;
    list.state.records = Array.from({ length: 40 }, (_, i) => rec(`r${i}`, T0 + MIN));
    const first = await keysetPoll(client(), source, { ...opts(T0), pageSize: 10, maxRequests: 3 });
    const read = first.created.map((x) => x.id);
    expect(first.complete).toBe(false);
    expect(first.cursor.tail).toHaveLength(20);
    // The last 20 read are modified again; the rows read before them stay in the second.
    for (const r of list.state.records)
      if (first.cursor.tail.includes(r.id)) r.modified = T0 + 2 * MIN;
    const warnings: string[] = [];
    const next = await keysetPoll(client(), source, {
      ...opts(0),
      pageSize: 10,
      cursor: first.cursor,
      warn: (m) => warnings.push(m),
    });
    const ids = [...next.created, ...next.updated].map((x) => x.id);
    const unread = list.state.records.map((r) => r.id).filter((id) => !read.includes(id));
    for (const id of [...unread, ...first.cursor.tail]) expect(ids).toContain(id);
    expect(warnings.join()).toMatch(
      /The last records read at 2026-03-10T12:01:00Z were all modified again, so where the previous request stopped inside that second is unknown: \d+ record\(s\) of that second may be emitted a second time/,
    );
  });

  it("falls back to the runner's clock for the settle window only when Bynder sends no Date, and says so", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.sendDate = false;
    list.state.records = [rec("old", T0), rec("new", T0 + 59 * MIN)];
    const warnings: string[] = [];
    const r = await keysetPoll(client(), source, {
      ...opts(T0 - MIN),
      fallbackNow: () => T0 + 59.5 * MIN,
      warn: (m) => warnings.push(m),
    });
    expect(r.created.map((x) => x.id)).toEqual(["old"]);
    expect(warnings.join()).toMatch(/no Date header/);
  });
});

describe("New and Updated Records on jobs", () => {
  it("filters on dateModifiedFrom, oldest first", async () => {
    const list = fakeList("/api/workflow/jobs/", "dateModifiedFrom");
    list.state.records = [rec("j1", T0 - 10 * MIN)];
    const p = poller({ resourceType: "jobs" });
    await p.poll();
    list.state.serverNow = T0 + 10 * MIN;
    list.state.records.push(rec("j2", T0));
    expect(await p.poll()).toMatchObject({ created: ["j2"], updated: [] });
    expect(list.state.queries[1]).toEqual({
      dateModifiedFrom: iso(T0 - 10 * MIN - OVERLAP_MS),
      orderBy: "dateModified asc",
      limit: "1000",
      page: "1",
    });
  });
});
