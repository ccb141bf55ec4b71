import nock from "nock";
import {
  type CollectOptions,
  collectAll,
  PaginationError,
} from "../../../src/core/paging/paginate";
import { PORTAL } from "../../helpers/connections";
import { assetList, idsOf, mediaWalk, pageClient, pageServerPerTest } from "./pageServer";
import { BYNDER_PAGING } from "../../../src/bynder/endpoints";

const serve = pageServerPerTest();
const client = pageClient;
const ids = idsOf;
const walk = (portal: string, extra: Partial<CollectOptions> = {}) =>
  mediaWalk(portal, { ...extra });
// Later pages answer sooner, so they finish out of order.
const reversed = (page: number) => 5 + ((40 - page) % 7) * 6;

describe("Fetch All reads the pages Bynder's total predicts at once", () => {
  it("keeps at most 4 requests in flight at the server and returns the items in order", async () => {
    const items = assetList(2050);
    const server = await serve({ items, latencyMs: reversed });
    const all = await walk(server.url);
    expect(server.stats.maxInFlight).toBe(4);
    expect(ids(all.items)).toEqual(ids(items));
    expect(all).toMatchObject({ complete: true, total: 2050, pages: 21, duplicates: 0 });
    // Every page asked for once: nothing read twice, nothing wasted.
    expect([...server.stats.pages].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 21 }, (_, i) => i + 1),
    );
  });

  it("honours a lower bound, and reads one page at a time by default", async () => {
    const server = await serve({ items: assetList(1000), latencyMs: reversed });
    await walk(server.url, { concurrency: 2 });
    expect(server.stats.maxInFlight).toBe(2);
    server.stats.maxInFlight = 0;
    await walk(server.url, { concurrency: undefined });
    expect(server.stats.maxInFlight).toBe(1);
  });

  it("does not stop at a total that is too low: after the predicted last page it reads on one page at a time", async () => {
    const items = assetList(1050);
    const server = await serve({ items, total: () => 250 });
    const all = await walk(server.url);
    expect(ids(all.items)).toEqual(ids(items));
    expect(all).toMatchObject({ complete: true, total: 250, pages: 11 });
  });

  it("leaves out an asset a page already returned when the list moved between two requests", async () => {
    const items = assetList(450);
    const server = await serve({
      items,
      latencyMs: (page) => (page === 3 ? 40 : 5),
      // Newest first: an asset created while page 2 is read pushes everything down by one.
      intercept: (page) => {
        if (page === 2 && items[0].id !== "NEW") items.unshift({ id: "NEW" });
        return undefined;
      },
    });
    const all = await walk(server.url);
    expect(all.duplicates).toBe(1);
    expect(new Set(ids(all.items)).size).toBe(all.items.length);
    expect(all.items).toHaveLength(450);
  });

  it("stops at Max Items without asking for a page it does not need", async () => {
    const server = await serve({ items: assetList(2050), latencyMs: reversed });
    const all = await walk(server.url, { maxItems: 250 });
    expect(all).toMatchObject({ stoppedBy: "maxItems", complete: false, total: 2050 });
    expect(ids(all.items)).toEqual(ids(assetList(250)));
    expect(server.stats.pages.length).toBe(3);
  });

  it("still refuses a server that ignores page, even with pages read at once", async () => {
    const server = await serve({ items: assetList(900), ignorePage: true });
    await expect(walk(server.url)).rejects.toThrow(PaginationError);
  });

  it("waits out a 429 in the middle and still returns every page in order", async () => {
    const items = assetList(1000);
    const server = await serve({
      items,
      intercept: (page, seen) =>
        page === 5 && seen === 1 ? { status: 429, headers: { "retry-after": "2" } } : undefined,
    });
    const all = await walk(server.url);
    expect(ids(all.items)).toEqual(ids(items));
    expect(all.complete).toBe(true);
    expect(server.stats.pages.filter((p) => p === 5)).toHaveLength(2);
    expect(server.stats.maxInFlight).toBeLessThanOrEqual(4);
  });
});

describe("deep-search cursor", () => {
  const media = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `c${from + i}` }));

  it("follows X-Bynder-NextCursor one page at a time instead of page numbers", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "1", limit: "3", total: "1" })
      .reply(200, { media: media(0, 3), total: { count: 9000 } }, { "X-Bynder-NextCursor": "AoE1" })
      .get("/api/v4/media/")
      .query({ cursor: "AoE1", limit: "3", total: "1" })
      .reply(200, { media: media(3, 3), total: { count: 9000 } }, { "X-Bynder-NextCursor": "AoE2" })
      .get("/api/v4/media/")
      .query({ cursor: "AoE2", limit: "3", total: "1" })
      .reply(
        200,
        { media: media(6, 1), total: { count: 9000 } },
        { "X-Bynder-NextCursor": "AoE3" },
      );
    const all = await collectAll(client(PORTAL), {
      request: { path: "/api/v4/media/" },
      style: "envelope",
      vendor: BYNDER_PAGING,
      pageSize: 3,
      maxPages: 10,
      concurrency: 4,
    });
    expect(ids(all.items)).toEqual(ids(media(0, 7)));
    expect(all).toMatchObject({ complete: true, pages: 3 });
    expect(scope.isDone()).toBe(true);
  });

  it("ends when Bynder hands back the cursor it was given (the results are exhausted)", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "1", limit: "3", total: "1" })
      .reply(200, { media: media(0, 3) }, { "X-Bynder-NextCursor": "AoE1" })
      .get("/api/v4/media/")
      .query({ cursor: "AoE1", limit: "3", total: "1" })
      .reply(200, { media: media(3, 3) }, { "X-Bynder-NextCursor": "AoE1" });
    const all = await collectAll(client(PORTAL), {
      request: { path: "/api/v4/media/" },
      style: "envelope",
      vendor: BYNDER_PAGING,
      pageSize: 3,
      maxPages: 10,
    });
    expect(all).toMatchObject({ complete: true, pages: 2 });
    expect(all.items).toHaveLength(6);
    expect(scope.isDone()).toBe(true);
  });
});
