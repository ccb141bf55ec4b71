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

const serve = pageServerPerTest();
const client = pageClient;
const ids = idsOf;
const walk = (portal: string, extra: Partial<CollectOptions> = {}) =>
  mediaWalk(portal, { verify: true, ...extra });

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
  it("finds the records that deletions pushed past a page already read, and puts them in place", async () => {
    const items = assetList(450);
    const original = [...items];
    let deleted = false;
    const server = await serve({
      items,
      // Page 1 answers first; 5 of its records are deleted before pages 2-5 are answered.
      latencyMs: (page) => (page === 1 ? 5 : 30),
      intercept: (page) => {
        if (page === 2 && !deleted) {
          deleted = true;
          items.splice(10, 5);
        }
        return undefined;
      },
    });
    const all = await walk(server.url);
    expect(all).toMatchObject({
      complete: true,
      mended: 5,
      repairs: 0,
      total: 450,
      lastTotal: 445,
    });
    // Every record, in order: those deleted after page 1 was read included.
    expect(ids(all.items)).toEqual(ids(original));
    // 5 pages, then one smaller read per boundary (4).
    expect(server.stats.queries.map((q) => q.get("limit") === "100")).toEqual([
      ...Array(5).fill(true),
      ...Array(4).fill(false),
    ]);
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
    // Each walk is at most 21 pages and 20 checks.
    expect(server.stats.pages.length).toBeLessThanOrEqual((MAX_REPAIRS + 1) * 41);
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
    const all = await collectAll(client(PORTAL), {
      request: { path: "/api/v4/media/" },
      style: "envelope",
      vendor: BYNDER_PAGING,
      pageSize: 3,
      maxPages: 10,
      verify: true,
    });
    expect(all).toMatchObject({ complete: true, pages: 2 });
    expect(scope.isDone()).toBe(true);
  });
});
