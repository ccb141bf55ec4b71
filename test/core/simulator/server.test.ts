import { fail, json, SimError } from "../../../simulator/core/http";
import { Router, type SimEnv } from "../../../simulator/core/router";
import { type SimServer, startServer } from "../../../simulator/core/startServer";

/**
 * A second vendor on the core server, as Brandfolder will be: an API key instead of OAuth, its
 * own state, and a JSON:API error envelope. Nothing here comes from simulator/bynder.
 */
interface Item {
  id: string;
  name: string;
}
type Env = SimEnv<{ items: Map<string, Item> }, { apiKey: string }>;
const API_KEY = "api-key-123";

function routes() {
  return new Router<Env, { key: string }>({ requireScopes: false })
    .get("/api/v4/items/:id", (ctx) => {
      const item = ctx.env.state.items.get(ctx.params.id);
      if (!item) throw fail(404, "Item not found", { detail: ctx.params.id });
      return json(200, { data: { ...item, by: ctx.token?.key } });
    })
    .get("/api/v4/status", () => json(200, { ok: true }), { public: true });
}

let server: SimServer<Env> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(extra: { rateLimit?: number } = {}) {
  server = await startServer({
    state: { items: new Map([["i1", { id: "i1", name: "Logo" }]]) },
    config: { apiKey: API_KEY },
    clock: () => Date.parse("2026-01-02T03:04:05Z"),
    routes: routes(),
    auth: {
      authenticate: (e, headers) => {
        if (headers.authorization !== `Bearer ${e.config.apiKey}`) {
          throw new SimError(json(401, { errors: [{ status: "401", title: "Unauthorized" }] }));
        }
        return { key: "owner" };
      },
    },
    errorReply: (status, title, extra) =>
      json(status, { errors: [{ status: `${status}`, title, ...extra }] }),
    ...extra,
  });
  return server;
}

const get = (sim: SimServer, path: string, headers: Record<string, string> = {}) =>
  fetch(sim.url + path, { headers: { authorization: `Bearer ${API_KEY}`, ...headers } });

describe("the core simulator server serves any vendor's routes, auth and state", () => {
  it("answers with the vendor's state and passes the vendor's principal to the handler", async () => {
    const sim = await start();
    const res = await get(sim, "/api/v4/items/i1");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { id: "i1", name: "Logo", by: "owner" } });
    expect(res.headers.get("date")).toBe("Fri, 02 Jan 2026 03:04:05 GMT");
  });

  it("refuses a request without the API key with the vendor's own 401, and lets public routes through", async () => {
    const sim = await start();
    const refused = await get(sim, "/api/v4/items/i1", { authorization: "Bearer wrong" });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ errors: [{ status: "401", title: "Unauthorized" }] });
    const open = await fetch(`${sim.url}/api/v4/status`);
    expect(open.status).toBe(200);
  });

  it("writes handler errors, unknown paths, wrong methods and injected faults in the vendor's envelope", async () => {
    const sim = await start();
    const missing = await get(sim, "/api/v4/items/nope");
    expect(await missing.json()).toEqual({
      errors: [{ status: "404", title: "Item not found", detail: "nope" }],
    });
    expect(await (await get(sim, "/api/v4/other")).json()).toEqual({
      errors: [{ status: "404", title: "Not found" }],
    });
    const wrong = await fetch(`${sim.url}/api/v4/status`, { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    const faulted = await get(sim, "/api/v4/items/i1", { "x-sim-fault": "429:retry-after=7" });
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get("retry-after")).toBe("7");
    expect(await faulted.json()).toEqual({
      errors: [{ status: "429", title: "Too Many Requests" }],
    });
  });

  it("logs every request and applies a registered fault and the rate limit it is given", async () => {
    const sim = await start({ rateLimit: 2 });
    sim.faults.add({ path: "/api/v4/items/i1", fault: "503" });
    expect((await get(sim, "/api/v4/items/i1")).status).toBe(503);
    expect((await get(sim, "/api/v4/items/i1")).status).toBe(200);
    const limited = await get(sim, "/api/v4/items/i1");
    expect(limited.status).toBe(429);
    expect(sim.requests.map((r) => [r.path, r.status, r.fault])).toEqual([
      ["/api/v4/items/i1", 503, "503"],
      ["/api/v4/items/i1", 200, undefined],
      ["/api/v4/items/i1", 429, undefined],
    ]);
  });
});
