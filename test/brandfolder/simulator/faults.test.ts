import { startBrandfolderSimulator } from "../../../simulator/brandfolder";
import { bfApi, seeded, useBrandfolder } from "./helpers";

describe("errors and faults in the Brandfolder simulator", () => {
  const api = useBrandfolder();
  const withFault = (fault: string, path = "/brandfolders") =>
    api().get(path, { "x-sim-fault": fault });
  afterEach(() => api().sim.faults.clear());

  it("answers PATCH with a plain-text 405 naming the allowed methods", async () => {
    const ids = seeded(api().sim);
    const res = await api().call("PATCH", `/custom_field_keys/${ids.color}`, {
      data: { attributes: {} },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("PUT, DELETE");
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe("Method not allowed");
  });

  it("answers an unknown path with a plain-text 404", async () => {
    const res = await api().get("/nothing/here");
    expect([res.status, await res.text()]).toEqual([404, "Not found"]);
  });

  it("refuses a write whose body is not JSON, naming the content type", async () => {
    const ids = seeded(api().sim);
    const empty = await api().call("PUT", `/custom_field_keys/${ids.color}`);
    expect([empty.status, await empty.text()]).toEqual([400, "data must be an object"]);
    const bad = await fetch(`${api().sim.url}/api/v4/custom_field_keys/${ids.color}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${api().sim.apiKey}`, "content-type": "text/plain" },
      body: "name=x",
    });
    expect([bad.status, await bad.text()]).toEqual([
      400,
      "Expected application/json body, got text/plain",
    ]);
  });

  it("answers an injected 429 in plain text without Retry-After", async () => {
    const res = await withFault("429");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeNull();
    expect(await res.text()).toBe("Too Many Requests");
  });

  it("takes faults from the shared registry by method and path, once each", async () => {
    api().sim.faults.add({ method: "GET", path: "/api/v4/brandfolders", fault: "503" });
    expect((await api().get("/brandfolders")).status).toBe(503);
    expect((await api().get("/brandfolders")).status).toBe(200);
  });

  it("drops the connection on reset and cuts the body short on truncated", async () => {
    await expect(withFault("reset")).rejects.toThrow();
    const res = await withFault("truncated");
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("holds the answer on slow, so a client's timeout fires", async () => {
    const res = fetch(`${api().sim.url}/api/v4/brandfolders`, {
      headers: { authorization: `Bearer ${api().sim.apiKey}`, "x-sim-fault": "slow=400" },
      signal: AbortSignal.timeout(50),
    });
    await expect(res).rejects.toThrow(/abort|timeout/i);
  });

  it("serves a 502 HTML page on html", async () => {
    const res = await withFault("html");
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  });
});

describe("the Brandfolder simulator's rate limit", () => {
  it("answers 429 without Retry-After once a window's budget is spent, until the window ends", async () => {
    let now = Date.UTC(2026, 0, 1);
    const sim = await startBrandfolderSimulator({
      rateLimit: 2,
      rateWindowMs: 60_000,
      clock: () => now,
    });
    try {
      const api = bfApi(sim);
      expect((await api.get("/brandfolders")).status).toBe(200);
      expect((await api.get("/brandfolders")).status).toBe(200);
      const limited = await api.get("/brandfolders");
      expect([limited.status, limited.headers.get("retry-after"), await limited.text()]).toEqual([
        429,
        null,
        "Too Many Requests",
      ]);
      now += 60_000;
      expect((await api.get("/brandfolders")).status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
