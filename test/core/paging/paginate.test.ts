import nock from "nock";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { collectAll, paginate, PaginationError } from "../../../src/core/paging/paginate";
import { oauthConnection, PORTAL } from "../../helpers/connections";
import { BYNDER_PAGING } from "../../../src/bynder/endpoints";

const client = () => createBynderClient(oauthConnection(), { retry: { maxRetries: 0 } });
const items = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${from + i}` }));
const ids = (list: unknown[]) => list.map((x) => (x as { id: string }).id);

function mediaPages(pages: unknown[][], total?: number) {
  const scope = nock(PORTAL);
  pages.forEach((page, i) => {
    scope
      .get("/api/v4/media/")
      .query({ page: String(i + 1), limit: "3", total: "1" })
      .reply(200, { media: page, ...(total === undefined ? {} : { total: { count: total } }) });
  });
  return scope;
}

const envelope = {
  request: { path: "/api/v4/media/" },
  style: "envelope" as const,
  vendor: BYNDER_PAGING,
  itemsKey: "media",
  pageSize: 3,
  maxPages: 100,
};

describe("pagination", () => {
  it("stops on an empty first page (empty library) and calls that complete", async () => {
    const scope = mediaPages([[]], 0);
    const all = await collectAll(client(), envelope);
    expect(all).toMatchObject({ items: [], total: 0, pages: 1, complete: true });
    expect(all.stoppedBy).toBeUndefined();
    expect(scope.isDone()).toBe(true);
  });

  it("stops on a short page", async () => {
    const scope = mediaPages([items(0, 3), items(3, 1)]);
    const all = await collectAll(client(), envelope);
    expect(all.items).toHaveLength(4);
    expect(all.complete).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it("confirms with one more request when the reported total is reached on a full page", async () => {
    const scope = mediaPages([items(0, 3), items(3, 3), []], 6);
    const all = await collectAll(client(), envelope);
    expect(ids(all.items)).toEqual(["a0", "a1", "a2", "a3", "a4", "a5"]);
    expect(all).toMatchObject({ total: 6, pages: 3, complete: true });
    expect(scope.isDone()).toBe(true);
  });

  it("does not trust a total that is too low: 5 items with a reported total of 3 are all read", async () => {
    const scope = mediaPages([items(0, 3), items(3, 2)], 3);
    const all = await collectAll(client(), envelope);
    expect(ids(all.items)).toEqual(["a0", "a1", "a2", "a3", "a4"]);
    expect(all).toMatchObject({ total: 3, complete: true });
    expect(scope.isDone()).toBe(true);
  });

  it("stops on an empty page when the total lies high", async () => {
    const scope = mediaPages([items(0, 3), items(3, 3), []], 5000);
    const all = await collectAll(client(), envelope);
    expect(all.items).toHaveLength(6);
    expect(all).toMatchObject({ total: 5000, complete: true });
    expect(scope.isDone()).toBe(true);
  });

  it("reads the total from count.total when count facets were asked for, on the first page only", async () => {
    const facets = { total: 4, type: { image: 4 } };
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "1", limit: "3", total: "1", count: "1" })
      .reply(200, { media: items(0, 3), count: facets })
      .get("/api/v4/media/")
      .query({ page: "2", limit: "3", total: "1" })
      .reply(200, { media: items(3, 1), total: { count: 4 } });
    const all = await collectAll(client(), { ...envelope, firstPageQuery: { count: 1 } });
    expect(all.first).toEqual({ media: items(0, 3), count: facets });
    expect(all).toMatchObject({ total: 4, complete: true });
    expect(scope.isDone()).toBe(true);
  });

  it("never loops forever: full pages stop at the required page cap, marked incomplete", async () => {
    const scope = nock(PORTAL);
    for (let p = 1; p <= 5; p++)
      scope
        .get("/api/v4/users/")
        .query({ page: String(p), limit: "3" })
        .reply(200, items(p * 3, 3));
    const all = await collectAll(client(), {
      request: { path: "/api/v4/users/" },
      style: "array",
      vendor: BYNDER_PAGING,
      pageSize: 3,
      maxPages: 5,
    });
    expect(all.items).toHaveLength(15);
    expect(all).toMatchObject({ pages: 5, complete: false, stoppedBy: "maxPages" });
    expect(scope.isDone()).toBe(true);
  });

  it("refuses a missing or silly page cap before any request", async () => {
    const options = {
      request: { path: "/api/v4/tags/" },
      style: "array" as const,
      vendor: BYNDER_PAGING,
      pageSize: 3,
    };
    for (const maxPages of [0, -1, 1.5, Number.NaN]) {
      await expect(collectAll(client(), { ...options, maxPages })).rejects.toThrow(/maxPages/);
    }
  });

  it("stops with a clear error when a server ignores page and repeats the previous page", async () => {
    const scope = nock(PORTAL).get("/api/v4/tags/").query(true).times(2).reply(200, items(0, 3));
    const run = collectAll(client(), {
      request: { path: "/api/v4/tags/" },
      style: "array",
      vendor: BYNDER_PAGING,
      pageSize: 3,
      maxPages: 10_000,
    });
    await expect(run).rejects.toThrow(PaginationError);
    await expect(run).rejects.toThrow(/same 3 items for page 2 as for page 1 of \/api\/v4\/tags\//);
    expect(scope.isDone()).toBe(true);
  });

  it("detects a repeated page of items without ids too", async () => {
    const rows = [{ tag: "a" }, { tag: "b" }];
    nock(PORTAL).get("/api/v4/tags/").query(true).times(2).reply(200, rows);
    await expect(
      collectAll(client(), {
        request: { path: "/api/v4/tags/" },
        style: "array",
        vendor: BYNDER_PAGING,
        pageSize: 2,
        maxPages: 50,
      }),
    ).rejects.toThrow(/seems to ignore "page"/);
  });

  it("keeps at most maxItems and says so when Bynder has more", async () => {
    const scope = mediaPages([items(0, 3), items(3, 3)], 9);
    const all = await collectAll(client(), { ...envelope, maxItems: 4 });
    expect(ids(all.items)).toEqual(["a0", "a1", "a2", "a3"]);
    expect(all).toMatchObject({ total: 9, complete: false, stoppedBy: "maxItems" });
    expect(scope.isDone()).toBe(true);
  });

  it("with exactly maxItems after a full page, one request confirms that nothing is left", async () => {
    const scope = mediaPages([items(0, 3), items(3, 3), []]);
    const all = await collectAll(client(), { ...envelope, maxItems: 6, maxPages: 3 });
    expect(all.items).toHaveLength(6);
    expect(all.complete).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it("ignores X-Pagination totals that are too low and reads until a short page", async () => {
    const low = { "X-Pagination-TotalPages": "1", "X-Pagination-TotalRecords": "3" };
    const scope = nock(PORTAL)
      .get("/api/v4/users/")
      .query({ page: "1", limit: "3" })
      .reply(200, items(0, 3), low)
      .get("/api/v4/users/")
      .query({ page: "2", limit: "3" })
      .reply(200, items(3, 2), low);
    const pages: { page: number; total?: number; hasMore: boolean }[] = [];
    for await (const page of paginate(client(), {
      request: { path: "/api/v4/users/" },
      style: "headers",
      vendor: BYNDER_PAGING,
      pageSize: 3,
      maxPages: 20,
    }))
      pages.push({ page: page.page, total: page.total, hasMore: page.hasMore });
    expect(pages).toEqual([
      { page: 1, total: 3, hasMore: true },
      { page: 2, total: 3, hasMore: false },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("omits limit for fixed-size endpoints and keeps the caller's filters", async () => {
    const scope = nock(PORTAL)
      .get("/api/store/order/")
      .query({ page: "1", status: "FINISHED" })
      .reply(200, items(0, 10))
      .get("/api/store/order/")
      .query({ page: "2", status: "FINISHED" })
      .reply(200, items(10, 4));
    const all = await collectAll(client(), {
      request: { path: "/api/store/order/", query: { status: "FINISHED" } },
      style: "array",
      vendor: BYNDER_PAGING,
      pageSize: 10,
      sendLimit: false,
      maxPages: 20,
    });
    expect(all.items).toHaveLength(14);
    expect(scope.isDone()).toBe(true);
  });

  it("throws, never swallows, an error on a later page", async () => {
    nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "1", limit: "3", total: "1" })
      .reply(200, { media: items(0, 3) });
    nock(PORTAL)
      .get("/api/v4/media/")
      .query({ page: "2", limit: "3", total: "1" })
      .reply(400, { message: "Bad filter", statuscode: 400 });
    await expect(collectAll(client(), envelope)).rejects.toThrow(/HTTP 400: Bad filter/);
  });

  it("rejects a page of the wrong shape with a clear error", async () => {
    nock(PORTAL).get("/api/v4/media/").query(true).reply(200, { items: [] });
    await expect(collectAll(client(), envelope)).rejects.toThrow(
      /expected an object with a "media" array/,
    );
  });
});
