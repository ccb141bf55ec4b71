import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { type CollectOptions, collectAll, paginate } from "../../../src/core/paging/paginate";
import { adaptiveWidth } from "../../../src/core/paging/width";
import { permanentConnection } from "../../helpers/connections";
import { windowsAsked, windowsToRead } from "../../helpers/windows";
import { assetList } from "./pageServer";

// A vendor the core has never heard of: the page style alone decides how the walk goes.
const vendor = { name: "Acme DAM" };

interface MetaServerOptions {
  items: { id: string }[];
  /** Overrides `meta.total_count`. */
  total?: number;
  /** Overrides `meta.next_page` for a page. */
  nextPage?: (page: number, pages: number) => number | null;
  /** Replaces the body, e.g. a page without `data`. */
  body?: (page: number) => unknown;
  /** Pages by this size whatever `per` asks for. */
  fixedPer?: number;
  /** Real delay before answering a page. */
  latencyMs?: (page: number) => number;
  /** Runs before a request is answered (e.g. to change the list under the walk). */
  onRequest?: (query: URLSearchParams) => void;
}

/** A loopback JSON:API list, `?page=&per=`, answering `{data, meta: {current_page, next_page, …}}`. */
async function startMetaServer(options: MetaServerOptions) {
  const queries: URLSearchParams[] = [];
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url ?? "/", "http://127.0.0.1").searchParams;
    queries.push(query);
    options.onRequest?.(query);
    const page = Number(query.get("page") ?? 1);
    const per = options.fixedPer ?? Number(query.get("per") ?? 25);
    const pages = Math.max(1, Math.ceil(options.items.length / per));
    const meta = {
      current_page: page,
      next_page: options.nextPage ? options.nextPage(page, pages) : page < pages ? page + 1 : null,
      prev_page: page > 1 ? page - 1 : null,
      total_pages: pages,
      total_count: options.total ?? options.items.length,
    };
    const data = options.items.slice((page - 1) * per, page * per);
    setTimeout(
      () => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(options.body?.(page) ?? { data, meta }));
      },
      options.latencyMs?.(page) ?? 0,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type MetaServer = Awaited<ReturnType<typeof startMetaServer>>;
let server: MetaServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (url: string) =>
  createBynderClient(permanentConnection(url), { retry: { maxRetries: 0 } });
const walk = (url: string, extra: Partial<CollectOptions> = {}) =>
  collectAll<{ id: string }>(client(url), {
    request: { path: "/api/v4/assets" },
    style: "meta",
    vendor,
    itemsKey: "data",
    limitParam: "per",
    pageSize: 100,
    maxPages: 20,
    ...extra,
  });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe("the JSON:API meta page style", () => {
  it("reads every page with page and per, and keeps the reported total_count", async () => {
    const items = assetList(250);
    server = await startMetaServer({ items });
    const all = await walk(server.url);
    expect(ids(all.items)).toEqual(ids(items));
    expect(all).toMatchObject({ complete: true, total: 250, pages: 3 });
    expect(server.queries.map((q) => q.toString())).toEqual([
      "page=1&per=100",
      "page=2&per=100",
      "page=3&per=100",
    ]);
  });

  it("stops at a full page whose next_page is null instead of asking for an empty one", async () => {
    server = await startMetaServer({ items: assetList(200) });
    const all = await walk(server.url);
    expect(all).toMatchObject({ complete: true, pages: 2 });
    expect(all.items).toHaveLength(200);
    expect(server.queries).toHaveLength(2);
  });

  it("goes on past a total_count that is too low while the pages are full and name a next one", async () => {
    server = await startMetaServer({ items: assetList(230), total: 90 });
    const all = await walk(server.url);
    expect(all).toMatchObject({ complete: true, total: 90 });
    expect(all.items).toHaveLength(230);
  });

  it("says the walk was cut when the page cap ends it before next_page is null", async () => {
    server = await startMetaServer({ items: assetList(500) });
    const all = await walk(server.url, { maxPages: 2 });
    expect(all).toMatchObject({ complete: false, stoppedBy: "maxPages", pages: 2 });
  });

  it("reads overlapping windows with per, never limit", async () => {
    server = await startMetaServer({ items: assetList(250) });
    const all = await walk(server.url, { verify: true });
    expect(all).toMatchObject({ complete: true, pages: server.queries.length });
    expect(ids(all.items)).toEqual(ids(assetList(250)));
    expect(server.queries.map((q) => `${q.get("page")}/${q.get("per")}`)).toEqual(
      windowsAsked(100, windowsToRead(100, 250)),
    );
    expect(server.queries.some((q) => q.has("limit"))).toBe(false);
  });

  it("reads plain pages, not windows, from a list that ignores per", async () => {
    // 100 a page whatever is asked: windows of other sizes would land on the wrong records.
    server = await startMetaServer({ items: assetList(250), fixedPer: 100 });
    const all = await walk(server.url, { verify: true, pageSize: 300 });
    expect(all).toMatchObject({ complete: true });
    expect(ids(all.items)).toEqual(ids(assetList(250)));
    expect(server.queries.map((q) => q.toString())).toEqual([
      "page=1&per=300",
      "page=2&per=300",
      "page=3&per=300",
    ]);
  });

  it("judges every window's boundary even when one comes back short yet names a next page", async () => {
    const items = assetList(1000);
    const original = [...items];
    let deleted = false;
    server = await startMetaServer({
      items,
      // Names a next page until one comes back empty, as a list that counts lazily might.
      nextPage: (page) => page + 1,
      // 60 of page 1's records go before the first window after it is read: more than that
      // window's overlap of 50, so the two reads cannot join; the check after the walk reads 100
      // records on each side of their boundary and finds the 10 that slipped past.
      onRequest: (q) => {
        if (q.get("page") !== "1" && !deleted) {
          deleted = true;
          items.splice(10, 60);
        }
      },
    });
    const all = await walk(server.url, { verify: true, concurrency: 1, pageSize: 400 });
    expect(all).toMatchObject({ complete: true, repairs: 0, mended: 10 });
    expect(ids(all.items)).toEqual(ids(original));
  });

  it("drops the windows a slow first page started when that page shows per is ignored", async () => {
    // Page 1 takes longer than a second, so the windows Max Items allows start before it answers.
    server = await startMetaServer({
      items: assetList(250),
      fixedPer: 100,
      latencyMs: (page) => (page === 1 ? 1300 : 0),
    });
    const all = await walk(server.url, {
      verify: true,
      pageSize: 300,
      maxItems: 1000,
      width: adaptiveWidth({ ratePerSecond: 10, ceiling: 16 }),
    });
    expect(all).toMatchObject({ complete: true });
    expect(ids(all.items)).toEqual(ids(assetList(250)));
    const asked = server.queries.map((q) => q.toString());
    // Windows went out on speculation; the walk then read plain pages at the size it asked for.
    expect(asked.some((q) => q !== "page=1&per=300" && !q.endsWith("per=300"))).toBe(true);
    expect(asked).toEqual(expect.arrayContaining(["page=2&per=300", "page=3&per=300"]));
  }, 10_000);

  it("names the vendor and the items key when a page has no data array", async () => {
    server = await startMetaServer({ items: assetList(5), body: () => ({ meta: {} }) });
    const pages = paginate(client(server.url), {
      request: { path: "/api/v4/assets" },
      style: "meta",
      vendor,
      itemsKey: "data",
      pageSize: 10,
      maxPages: 1,
    });
    await expect(pages.next()).rejects.toThrow(
      'Acme DAM returned an unexpected page shape for /api/v4/assets: expected an object with a "data" array.',
    );
  });
});
