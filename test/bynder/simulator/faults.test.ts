import { startBynderSimulator } from "../../../simulator/bynder";
import { api, useSimulator } from "./helpers";

describe("fault injection", () => {
  const sim = useSimulator();
  const withFault = (fault: string, path = "/api/v4/account/") =>
    sim().get(path, undefined, { "x-sim-fault": fault });

  afterEach(() => sim().sim.faults.clear());

  it("answers 429 without Retry-After by default", async () => {
    const res = await withFault("429");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeNull();
    expect(await res.json()).toEqual({ message: "Too Many Requests", statuscode: 429 });
  });

  it("adds Retry-After in seconds or as an HTTP date", async () => {
    const secs = await withFault("429:retry-after=7");
    expect(secs.headers.get("retry-after")).toBe("7");
    const dated = await withFault("429:retry-after-date=30");
    const when = Date.parse(dated.headers.get("retry-after") ?? "");
    expect(dated.headers.get("retry-after")).toMatch(/GMT$/);
    expect(when - Date.now()).toBeGreaterThan(25_000);
    expect(when - Date.now()).toBeLessThan(35_000);
  });

  it.each([500, 502, 503, 504])("answers %i with a JSON error body", async (status) => {
    const res = await withFault(String(status));
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ statuscode: status });
  });

  it("drops the connection without a response on reset", async () => {
    await expect(withFault("reset")).rejects.toThrow();
  });

  it("delays the real response on slow", async () => {
    const started = Date.now();
    const res = await withFault("slow=300");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("cuts the body short of its Content-Length on truncated", async () => {
    const res = await withFault("truncated", "/api/v4/metaproperties/");
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("serves a 502 HTML page on html", async () => {
    const res = await withFault("html");
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("<h1>502 Bad Gateway</h1>");
  });

  it("rejects an unknown fault spec with 400", async () => {
    const res = await withFault("explode");
    expect(res.status).toBe(400);
  });

  it("applies programmatic faults by method and path for the given number of times", async () => {
    sim().sim.faults.add({ method: "GET", path: "/api/v4/brands", fault: "503", times: 2 });
    expect((await sim().get("/api/v4/brands/")).status).toBe(503);
    expect((await sim().get("/api/v4/account/")).status).toBe(200);
    expect((await sim().get("/api/v4/brands")).status).toBe(503);
    expect((await sim().get("/api/v4/brands/")).status).toBe(200);
  });

  it("matches programmatic faults by RegExp and ignores other methods", async () => {
    sim().sim.faults.add({ method: "POST", path: /^\/api\/v4\/media\/[^/]+\/?$/, fault: "500" });
    expect((await sim().get("/api/v4/media/")).status).toBe(200);
    const [asset] = await sim().getJson<{ id: string }[]>("/api/v4/media/", { limit: 1 });
    expect(
      (await sim().form("POST", `/api/v4/media/${asset?.id ?? "x"}/`, { name: "n" })).status,
    ).toBe(500);
    expect(sim().sim.faults.list()[0].remaining).toBe(0);
  });

  it("logs faulted requests with the fault that was applied", async () => {
    await withFault("504", "/api/v4/profiles/");
    const entry = sim().sim.requests.at(-1);
    expect(entry).toMatchObject({
      method: "GET",
      path: "/api/v4/profiles/",
      fault: "504",
      status: 504,
    });
    expect(entry?.headers["x-sim-fault"]).toBe("504");
  });

  it("records method, path, query, lower-cased headers and the raw body of every request", async () => {
    await sim().form("POST", "/api/v4/collections/", { name: "Logged" });
    const entry = sim().sim.requests.at(-1);
    expect(entry?.method).toBe("POST");
    expect(entry?.path).toBe("/api/v4/collections/");
    expect(entry?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(entry?.body.toString()).toBe("name=Logged");
    await sim().get("/api/v4/media/", { type: "image", limit: 2 });
    expect(sim().sim.requests.at(-1)?.query).toEqual({ type: "image", limit: "2" });
  });
});

describe("rate limiting and latency", () => {
  it("answers 429 once the window budget is spent and recovers in the next window", async () => {
    let now = 1_000_000;
    const sim = await startBynderSimulator({
      rateLimit: 3,
      rateWindowMs: 60_000,
      clock: () => now,
    });
    try {
      const client = api(sim);
      for (let i = 0; i < 3; i++) expect((await client.get("/api/v4/account/")).status).toBe(200);
      const limited = await client.get("/api/v4/account/");
      expect(limited.status).toBe(429);
      expect(await limited.json()).toEqual({ message: "Too Many Requests", statuscode: 429 });
      now += 60_000;
      expect((await client.get("/api/v4/account/")).status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it("adds the configured latency to every response", async () => {
    const sim = await startBynderSimulator({ latencyMs: 150 });
    try {
      const started = Date.now();
      expect((await api(sim).get("/api/v4/account/")).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await sim.close();
    }
  });
});
