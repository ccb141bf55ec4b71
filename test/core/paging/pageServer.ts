import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BYNDER_PAGING } from "../../../src/bynder/endpoints";
import { clock } from "../../../src/core/http/clock";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { type CollectOptions, collectAll } from "../../../src/core/paging/paginate";
import { permanentConnection } from "../../helpers/connections";

export interface PageServerOptions {
  /** The list served, in order; the test may change it between requests. */
  items: { id: string }[];
  /** Overrides the reported total (`total.count`); default the list's length. */
  total?: (items: { id: string }[]) => number;
  /** Real delay before each answer, per page (so later pages can finish first). */
  latencyMs?: (page: number) => number;
  /** An answer that replaces the page (e.g. a 429), given the page and how often it was asked for. */
  intercept?: (
    page: number,
    seen: number,
  ) => { status: number; headers?: Record<string, string> } | undefined;
  /** Ignores `page` (always serves page 1), like a broken proxy. */
  ignorePage?: boolean;
}

/**
 * A loopback `/api/v4/media/` that pages like Bynder's envelope and counts the requests it is
 * serving at once, so tests can check the concurrency bound on the server side.
 */
export async function startPageServer(options: PageServerOptions) {
  const stats = {
    inFlight: 0,
    maxInFlight: 0,
    pages: [] as number[],
    queries: [] as URLSearchParams[],
    /** Each request on arrival, on the process clock, with the requests then being served. */
    arrivals: [] as { page: number; at: number; inFlight: number }[],
    /** When (process clock) each page's first answer left. */
    answered: new Map<number, number>(),
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const page = options.ignorePage ? 1 : Number(url.searchParams.get("page") ?? 1);
    const limit = Number(url.searchParams.get("limit") ?? 50);
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    stats.pages.push(page);
    stats.queries.push(url.searchParams);
    stats.arrivals.push({ page, at: clock().now(), inFlight: stats.inFlight });
    const seen = stats.pages.filter((p) => p === page).length;
    setTimeout(
      () => {
        stats.inFlight -= 1;
        if (!stats.answered.has(page)) stats.answered.set(page, clock().now());
        const special = options.intercept?.(page, seen);
        if (special) {
          res.writeHead(special.status, { "content-type": "application/json", ...special.headers });
          res.end(JSON.stringify({ message: "Too Many Requests", statuscode: special.status }));
          return;
        }
        const media = options.items.slice((page - 1) * limit, page * limit);
        const count = options.total ? options.total(options.items) : options.items.length;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ media, total: { count } }));
      },
      options.latencyMs?.(page) ?? 5,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const assetList = (n: number, prefix = "A") =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(5, "0")}` }));

/** The ids of a list of records, in order. */
export const idsOf = (list: unknown[]) => list.map((x) => (x as { id: string }).id);

type PageServer = Awaited<ReturnType<typeof startPageServer>>;

/** One page server per test, closed after it: `serve(options)` starts it. */
export function pageServerPerTest() {
  let server: PageServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (options: PageServerOptions) => (server = await startPageServer(options));
}

/** A client of a page server that never retries, so every request shows. */
export const pageClient = (portal: string) =>
  createBynderClient(permanentConnection(portal), { retry: { maxRetries: 0 } });

/** A Media-list walk through the client against a page server (envelope style, 100 a page). */
export const mediaWalk = (portal: string, extra: Partial<CollectOptions> = {}) =>
  collectAll(pageClient(portal), {
    request: { path: "/api/v4/media/" },
    style: "envelope",
    vendor: BYNDER_PAGING,
    pageSize: 100,
    maxPages: 100,
    concurrency: 4,
    ...extra,
  });
