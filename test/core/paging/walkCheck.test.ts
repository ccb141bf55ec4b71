import nock from "nock";
import { type CollectOptions, collectAll } from "../../../src/core/paging/paginate";
import {
  boundaryGap,
  MAX_REPAIRS,
  mendGaps,
  probeWindow,
} from "../../../src/core/paging/walkCheck";
import { PORTAL } from "../../helpers/connections";
import { assetList, idsOf, mediaWalk, pageClient, pageServerPerTest } from "./pageServer";
import { BYNDER_PAGING } from "../../../src/bynder/endpoints";
import { windowPlan } from "../../../src/core/paging/windows";
import { windowsAsked, windowsToRead } from "../../helpers/windows";

const serve = pageServerPerTest();
const client = pageClient;
const ids = idsOf;
const walk = (portal: string, extra: Partial<CollectOptions> = {}) =>
  mediaWalk(portal, { verify: true, ...extra });
/** A verified walk of nock's `/api/v4/media/` at PORTAL. */
const nockWalk = (extra: Partial<CollectOptions> & { pageSize: number }) =>
  collectAll(client(PORTAL), {
    request: { path: "/api/v4/media/" },
    style: "envelope",
    vendor: BYNDER_PAGING,
    maxPages: 10,
    verify: true,
    ...extra,
  });
/** A page-server intercept that runs `change` once, before the first read after page 1 is answered. */
const onceAfterPageOne = (change: () => void) => {
  let done = false;
  return (page: number) => {
    if (page !== 1 && !done) {
      done = true;
      change();
    }
    return undefined;
  };
};

describe("the window that checks a page boundary", () => {
  it("straddles every boundary with the reach on each side, within the page size", () => {
    for (const [pageSize, reach] of [
      [1000, 50],
      [100, 25],
    ]) {
      for (let k = 1; k <= 30; k++) {
        const at = k * pageSize;
        const w = probeWindow(at, reach, pageSize);
        expect(w).toBeDefined();
        const first = (w!.page - 1) * w!.limit;
        expect(first).toBeLessThanOrEqual(at - reach);
        expect(first + w!.limit).toBeGreaterThanOrEqual(at + reach);
        expect(w!.limit).toBeLessThanOrEqual(pageSize);
      }
    }
  });

  it("says when no limit can straddle a boundary", () => {
    expect(probeWindow(100, 50, 100)).toBeUndefined();
  });
});

describe("judging a boundary", () => {
  const pageOf = new Map([
    ["#a", 1],
    ["#b", 1],
    ["#c", 2],
    ["#d", 2],
  ]);
  it("holds when the last record of page 1 is followed by one of page 2", () => {
    expect(boundaryGap(["#a", "#b", "#c", "#d"], false, pageOf, 1)).toEqual([]);
  });
  it("returns the records that slipped between the pages", () => {
    expect(boundaryGap(["#b", "#x", "#y", "#c"], false, pageOf, 1)).toEqual([1, 2]);
  });
  it("cannot tell without a record of page 1, or when the window ends inside the gap", () => {
    expect(boundaryGap(["#c", "#d"], false, pageOf, 1)).toBeUndefined();
    expect(boundaryGap(["#a", "#b", "#x"], false, pageOf, 1)).toBeUndefined();
  });
  it("takes the tail as the gap when the list itself ended there", () => {
    expect(boundaryGap(["#a", "#b", "#x"], true, pageOf, 1)).toEqual([2]);
  });
});

describe("mending the gaps", () => {
  it("puts each record found between pages in place, once, even when two checks saw it", () => {
    const items = [{ id: "a" }, { id: "b" }, { id: "d" }, { id: "f" }];
    const pageOf = new Map([
      ["#a", 1],
      ["#b", 1],
      ["#d", 2],
      ["#f", 3],
    ]);
    const starts = new Map([
      [1, 0],
      [2, 2],
      [3, 3],
    ]);
    const gaps = new Map([
      [1, [{ id: "c" }]],
      [2, [{ id: "c" }, { id: "e" }]],
    ]);
    expect(mendGaps(items, gaps, starts, pageOf)).toBe(2);
    expect(ids(items)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
});

describe("Fetch All's check after the walk", () => {
  it("joins windows across deletions smaller than their overlap, with no request of its own", async () => {
    const items = assetList(450);
    const original = [...items];
    const server = await serve({
      items,
      // Page 1 answers first; 5 of its records are deleted before the later windows are answered.
      latencyMs: (page) => (page === 1 ? 5 : 30),
      intercept: onceAfterPageOne(() => items.splice(10, 5)),
    });
    const all = await walk(server.url);
    expect(all).toMatchObject({ complete: true, repairs: 0, total: 450, lastTotal: 445 });
    expect(all.mended).toBeUndefined();
    // Every record, in order: those deleted after page 1 was read included.
    expect(ids(all.items)).toEqual(ids(original));
    // Only windows, each starting inside the one before, up to the one that came back short.
    const asked = server.stats.queries.map((q) => `${q.get("page")}/${q.get("limit")}`);
    expect(asked).toEqual(windowsAsked(100, windowsToRead(100, 445)));
    const plan = windowPlan(100, 1, 100)!;
    expect(asked.slice(1).every((_, i) => plan.at(i + 2).overlap >= 25)).toBe(true);
  });

  it("checks a boundary the windows missed by more than their overlap, and mends it in place", async () => {
    const items = assetList(3500);
    const original = [...items];
    const server = await serve({
      items,
      latencyMs: (page) => (page === 1 ? 5 : 30),
      // 150 records of page 1 go before any later window is answered: more than any overlap
      // (at most 100 at 1,000 a page), less than the check's reach (250).
      intercept: onceAfterPageOne(() => items.splice(10, 150)),
    });
    const all = await walk(server.url, { pageSize: 1000 });
    const plan = windowPlan(1000, 1, 100)!;
    // Window 2 read the last `overlap` of those again; the check finds the rest.
    expect(all).toMatchObject({ complete: true, repairs: 0, mended: 150 - plan.at(2).overlap });
    expect(ids(all.items)).toEqual(ids(original));
    // One check, across the first boundary: a read of another size that holds both sides.
    const windows = plan.slotEndingAfter(3350);
    expect(server.stats.queries).toHaveLength(windows + 1);
    const check = server.stats.queries[windows];
    const from = (Number(check.get("page")) - 1) * Number(check.get("limit"));
    expect(from).toBeLessThanOrEqual(1000 - 150);
    expect(from + Number(check.get("limit"))).toBeGreaterThan(1000);
  });

  it("puts a record created inside an overlap where the list shows it", async () => {
    const items = assetList(300);
    const server = await serve({
      items,
      intercept: onceAfterPageOne(() => items.splice(90, 0, { id: "NEW" })),
    });
    const all = await walk(server.url);
    expect(all).toMatchObject({ complete: true, duplicates: 0 });
    expect(ids(all.items)).toEqual(ids(items));
    expect(ids(all.items).indexOf("NEW")).toBe(90);
  });

  it("stops, by name, on an API that ignores page, instead of reading the same records again", async () => {
    const server = await serve({ items: assetList(500), ignorePage: true });
    await expect(walk(server.url)).rejects.toThrow(/seems to ignore "page"/);
    expect(server.stats.pages.length).toBeLessThanOrEqual(5);
  });

  it("reads plain pages, each boundary checked, when the records have no ids to join windows by", async () => {
    const row = (i: number) => ({ name: `row ${i}` });
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => row(from + i));
    // 11 rows at 8 a page: pages 1 and 2, then one read across their boundary at another size.
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "1", limit: "8", total: "1" })
      .reply(200, { media: rows(0, 8), total: { count: 11 } })
      .get("/api/v4/media/")
      .query({ page: "2", limit: "8", total: "1" })
      .reply(200, { media: rows(8, 11), total: { count: 11 } })
      .get("/api/v4/media/")
      .query({ page: "2", limit: "5", total: "1" })
      .reply(200, { media: rows(5, 10), total: { count: 11 } });
    const all = await nockWalk({ pageSize: 8, concurrency: 2 });
    expect(all).toMatchObject({ complete: true, pages: 3 });
    expect(all.items).toEqual(rows(0, 11));
    expect(scope.isDone()).toBe(true);
  });

  it("without verify (dropdowns) makes no extra request and loses what shifted", async () => {
    const items = assetList(250);
    const server = await serve({
      items,
      latencyMs: (page) => (page === 1 ? 5 : 30),
      intercept: (page, seen) => {
        if (page === 2 && seen === 1) items.splice(0, 5);
        return undefined;
      },
    });
    const all = await walk(server.url, { verify: false });
    expect(server.stats.pages).toHaveLength(3);
    expect(all.items).toHaveLength(245);
  });

  it("redoes the walk when the list moved too far to tell, and then trusts a clean one", async () => {
    const items = assetList(350);
    const survivors = assetList(350).slice(60);
    const server = await serve({
      items,
      latencyMs: (page) => (page === 1 ? 5 : 30),
      intercept: (page, seen) => {
        if (page === 2 && seen === 1) items.splice(0, 60);
        return undefined;
      },
    });
    const all = await walk(server.url);
    expect(all).toMatchObject({ complete: true, repairs: 1 });
    expect(ids(all.items)).toEqual(ids(survivors));
  });

  it("gives up after MAX_REPAIRS walks when the list never holds still, and says it changed", async () => {
    const items = assetList(2000);
    let added = 0;
    const server = await serve({
      items,
      // Every request deletes 60 records from the front, more than any check can see past, and
      // 60 are added at the end.
      intercept: () => {
        items.splice(0, 60);
        items.push(...assetList(60, `N${added++}-`));
        return undefined;
      },
    });
    const all = await walk(server.url);
    expect(all).toMatchObject({ complete: false, stoppedBy: "changed", repairs: MAX_REPAIRS });
    expect(MAX_REPAIRS).toBe(2);
    // Each walk reads its windows over 2,000 records, and checks at most each boundary once.
    const windows = windowPlan(100, 1, 100)!.slotEndingAfter(2000);
    expect(server.stats.pages.length).toBeLessThanOrEqual((MAX_REPAIRS + 1) * (2 * windows - 1));
  });

  it("trusts a deep-search cursor, which does not shift, and checks nothing", async () => {
    const media = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `c${from + i}` }));
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "1", limit: "3", total: "1" })
      .reply(200, { media: media(0, 3) }, { "X-Bynder-NextCursor": "AoE1" })
      .get("/api/v4/media/")
      .query({ cursor: "AoE1", limit: "3", total: "1" })
      .reply(200, { media: media(3, 1) }, { "X-Bynder-NextCursor": "AoE2" });
    const all = await nockWalk({ pageSize: 3 });
    expect(all).toMatchObject({ complete: true, pages: 2 });
    expect(scope.isDone()).toBe(true);
  });
});
