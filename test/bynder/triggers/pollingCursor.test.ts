import nock from "nock";
import { PORTAL, permanentConnection } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { type FakeRecord, fakeList, iso, T0 } from "./fakePortal";
import { pollRecords } from "../../helpers/polling";

/** Stored polling state that cannot be read, and state that must stay small across many polls. */
const MIN = 60_000;
const rec = (id: string, modified: number, created = modified): FakeRecord => ({
  id,
  created,
  modified,
});

/** A poller whose stored state the test can set before the first poll. */
function poller(polling: unknown, params: Record<string, unknown> = {}) {
  const instanceState: Record<string, unknown> = { __prismaticInternal: { polling } };
  const { logger, lines } = recordingLogger();
  return {
    lines,
    stored: () =>
      (instanceState.__prismaticInternal as { polling: Record<string, unknown> }).polling,
    async poll() {
      const { data } = await pollRecords(
        { connection: permanentConnection(), resourceType: "assets", ...params },
        { instanceState, logger },
      );
      return [...data.created, ...data.updated].map((r) => r.id);
    },
  };
}

describe("A stored cursor that cannot be read", () => {
  it.each([
    ["a garbage string", "garbage", /it is string, not an object/],
    ["the wrong type", 42, /it is number, not an object/],
    [
      "an invalid date",
      { at: "2026-13-45T99:00:00Z", seen: {} },
      /its time "2026-13-45T99:00:00Z" is not a date/,
    ],
    [
      "a date out of range",
      { at: 9e15, from: 0, skip: 0, tail: [] },
      /its time 9000000000000000 is not a date/,
    ],
    [
      "a negative position",
      { at: T0, from: T0, skip: -3, tail: [] },
      /its position -3 is not a count/,
    ],
  ])(
    "resets to Bynder's newest record with a warning when it is %s",
    async (_, cursor, problem) => {
      const list = fakeList("/api/v4/media/", "dateModified");
      list.state.records = [rec("a", T0 - 10 * MIN)];
      const p = poller({ v: 1, resource: "assets", cursor });
      expect(await p.poll()).toEqual([]);
      const warning = p.lines.find((l) => l.startsWith("warn")) ?? "";
      expect(warning).toMatch(problem);
      expect(warning).toMatch(
        /The stored assets cursor could not be read \(.*\): it was reset to Bynder's newest record \(this poll emits nothing; changes between the last good poll and the reset are not reported\)\./,
      );
      expect(list.state.queries).toEqual([
        { orderBy: "dateModified desc", limit: "100", page: "1" },
      ]);
      // The reset cursor works: the next change is emitted, and no warning repeats.
      list.state.serverNow = T0 + 10 * MIN;
      list.state.records.push(rec("b", T0));
      expect(await p.poll()).toEqual(["b"]);
      expect(p.lines.filter((l) => l.startsWith("warn"))).toHaveLength(1);
    },
  );

  it("resets to Start From when one is set, and says so", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 10 * MIN;
    list.state.records = [rec("before", T0 - 60 * MIN), rec("after", T0 - 20 * MIN)];
    const startFrom = iso(T0 - 30 * MIN);
    const p = poller({ v: 1, resource: "assets", cursor: { at: null } }, { startFrom });
    expect(await p.poll()).toEqual(["after"]);
    expect(p.lines.join("\n")).toMatch(
      `it was reset to Start From (${startFrom}), which this poll reads again`,
    );
  });

  it("resets an unreadable trash cursor to the newest removal, with a warning", async () => {
    fakeList("/api/v4/media/", "dateModified").state.records = [rec("a", T0 - 10 * MIN)];
    nock(PORTAL)
      .get("/api/trash/media")
      .query(true)
      .reply(200, [], { Date: new Date(T0).toUTCString() });
    const p = poller(
      { v: 1, resource: "assets", cursor: { at: T0 - 10 * MIN, seen: {} }, deleted: "x" },
      { includeDeleted: "true" },
    );
    await p.poll();
    expect(p.lines.join("\n")).toMatch(
      /The stored deleted assets cursor could not be read \(it is string, not an object\): it was reset to the newest removal in Bynder's trash/,
    );
  });

  it("resets an unreadable collections snapshot to the current list, with a warning", async () => {
    nock(PORTAL).persist().get("/api/v4/collections/").query(true).reply(200, []);
    const p = poller(
      { v: 1, resource: "collections", snapshot: { createdAt: "soon" } },
      { resourceType: "collections" },
    );
    expect(await p.poll()).toEqual([]);
    expect(p.lines.join("\n")).toMatch(
      /The stored collections snapshot could not be read \(its creation time "soon" is not a date\): it was reset to the current list/,
    );
  });

  it("continues a cursor stored by the previous version without emitting its seen records again, and prunes its seen map", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.serverNow = T0 + 10 * MIN;
    const seenIds = Array.from({ length: 500 }, (_, i) => `s${i}`);
    list.state.records = [...seenIds.map((id) => rec(id, T0)), rec("new", T0)];
    const seen = Object.fromEntries(seenIds.map((id) => [id, T0]));
    const p = poller({ v: 1, resource: "assets", cursor: { at: T0, seen } });
    expect(await p.poll()).toEqual(["new"]);
    expect(p.lines.filter((l) => l.startsWith("warn"))).toEqual([]);
    expect(JSON.stringify(p.stored()).length).toBeLessThan(1000);
  });
});

describe("Stored polling state", () => {
  it("stays bounded across 40 polls of crowded seconds, while every record is emitted once", async () => {
    const list = fakeList("/api/v4/media/", "dateModified");
    list.state.records = [rec("seed", T0 - 10 * MIN)];
    const p = poller({});
    await p.poll();
    const emitted: string[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const second = T0 + i * MIN;
      for (let j = 0; j < 60; j++) list.state.records.push(rec(`r${i}-${j}`, second));
      list.state.serverNow = second + 2 * MIN;
      emitted.push(...(await p.poll()));
      sizes.push(JSON.stringify(p.stored()).length);
    }
    expect(emitted).toHaveLength(40 * 60);
    expect(new Set(emitted).size).toBe(40 * 60);
    expect(Math.max(...sizes)).toBeLessThan(1000);
  });
});
