import nock from "nock";
import { createBynderClient } from "../../src/client/createBynderClient";
import { collectAll, paginate } from "../../src/client/paginate";
import { oauthConnection, PORTAL } from "../helpers/connections";

const client = () => createBynderClient(oauthConnection(), { retry: { maxRetries: 0 } });
const items = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${from + i}` }));

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
  itemsKey: "media",
  pageSize: 3,
};

describe("pagination", () => {
  it("stops on an empty first page (empty library)", async () => {
    const scope = mediaPages([[]], 0);
    expect(await collectAll(client(), envelope)).toEqual({ items: [], total: undefined });
    expect(scope.isDone()).toBe(true);
  });

  it("stops on a short page", async () => {
    const scope = mediaPages([items(0, 3), items(3, 1)]);
    expect((await collectAll(client(), envelope)).items).toHaveLength(4);
    expect(scope.isDone()).toBe(true);
  });

  it("stops at the reported total on an exact multiple, without asking for an empty page", async () => {
    const scope = mediaPages([items(0, 3), items(3, 3)], 6);
    const all = await collectAll(client(), envelope);
    expect(all.items.map((x) => (x as { id: string }).id)).toEqual([
      "a0",
      "a1",
      "a2",
      "a3",
      "a4",
      "a5",
    ]);
    expect(all.total).toBe(6);
    expect(scope.isDone()).toBe(true);
  });

  it("stops on an empty page when the total lies high", async () => {
    const scope = mediaPages([items(0, 3), items(3, 3), []], 5000);
    expect((await collectAll(client(), envelope)).items).toHaveLength(6);
    expect(scope.isDone()).toBe(true);
  });

  it("stops at the total when it lies low, even if pages stay full", async () => {
    const scope = mediaPages([items(0, 3)], 2);
    expect((await collectAll(client(), envelope)).items).toHaveLength(3);
    expect(scope.isDone()).toBe(true);
  });

  it("never loops forever: a server that always returns full pages hits the page cap", async () => {
    nock(PORTAL).get("/api/v4/users/").query(true).times(5).reply(200, items(0, 3));
    const capped: number[] = [];
    const all = await collectAll(client(), {
      request: { path: "/api/v4/users/" },
      style: "array",
      pageSize: 3,
      maxPages: 5,
      onCapReached: (n) => capped.push(n),
    });
    expect(all.items).toHaveLength(15);
    expect(capped).toEqual([5]);
  });

  it("follows X-Pagination headers for plain-array endpoints", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/users/")
      .query({ page: "1", limit: "3" })
      .reply(200, items(0, 3), { "X-Pagination-TotalPages": "2", "X-Pagination-TotalRecords": "6" })
      .get("/api/v4/users/")
      .query({ page: "2", limit: "3" })
      .reply(200, items(3, 3), {
        "X-Pagination-TotalPages": "2",
        "X-Pagination-TotalRecords": "6",
      });
    const pages: number[] = [];
    for await (const page of paginate(client(), {
      request: { path: "/api/v4/users/" },
      style: "headers",
      pageSize: 3,
    }))
      pages.push(page.page);
    expect(pages).toEqual([1, 2]);
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
      pageSize: 10,
      sendLimit: false,
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
