import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import type { RequestLogEntry } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { permanentConnection } from "../../helpers/connections";
import { requestsTo } from "../../helpers/simulator";
import { windowsAsked, windowsToRead } from "../../helpers/windows";

const harness = createHarness(component);

interface AssetList {
  media: { id: string }[];
  fetched: number;
  complete: boolean;
  truncated: { cause: string; reason: string } | null;
}

/** The ids of the library in Fetch All's default order (oldest first). */
const oldestFirst = (sim: Simulator) => sim.state.assets.sorted("dateCreated").map((a) => a.id);
const isPage = (entry: RequestLogEntry, page: string) =>
  entry.method === "GET" && /^\/api\/v4\/media\/?$/.test(entry.path) && entry.query.page === page;

describe("Fetch All while the library changes under the walk", () => {
  let sim: Simulator;
  let stop: (() => void) | undefined;

  beforeEach(async () => {
    sim = await startSimulator({ seedAssets: 2500 });
  });
  afterEach(async () => {
    stop?.();
    stop = undefined;
    await sim.close();
  });

  const listAll = async (params: Record<string, unknown> = {}, key = "listAssets") =>
    (
      (await harness.action(key, {
        connection: permanentConnection(sim.url, sim.credentials.permanentToken),
        fetchAll: "true",
        ...params,
      })) as { data: AssetList }
    ).data;

  /** Runs `change` once, just before Bynder answers the first request for `page`. */
  const onFirstRequestFor = (page: string, change: () => void) => {
    let done = false;
    stop = sim.duringRequest((entry) => {
      if (done || !isPage(entry, page)) return;
      done = true;
      change();
    });
  };

  it("5 deletions while 2,500 assets are read: every asset that stayed is returned, complete", async () => {
    const before = oldestFirst(sim);
    const doomed = before.slice(10, 15);
    onFirstRequestFor("2", () => doomed.forEach((id) => sim.state.assets.delete(id)));
    const start = requestsTo(sim, "GET", "/api/v4/media").length;
    const data = await listAll();
    // Windows only: each overlaps the one before by more than the 5 that shifted, so they join.
    const sent = requestsTo(sim, "GET", "/api/v4/media").slice(start);
    expect(sent.map((r) => `${r.query.page}/${r.query.limit}`)).toEqual(
      windowsAsked(1000, windowsToRead(1000, 2495)),
    );
    const returned = new Set(data.media.map((a) => a.id));
    const missing = before.filter((id) => !doomed.includes(id) && !returned.has(id));
    expect(missing).toEqual([]);
    expect(data).toMatchObject({ complete: true, truncated: null });
    expect(new Set(data.media.map((a) => a.id)).size).toBe(data.media.length);
  });

  it("5 deletions and 5 uploads (the total unchanged) still lose nothing", async () => {
    const before = oldestFirst(sim);
    const doomed = before.slice(100, 105);
    onFirstRequestFor("2", () => {
      doomed.forEach((id) => sim.state.assets.delete(id));
      sim.seed.assets(5);
    });
    const data = await listAll();
    const returned = new Set(data.media.map((a) => a.id));
    expect(before.filter((id) => !doomed.includes(id) && !returned.has(id))).toEqual([]);
    expect(data.complete).toBe(true);
  });

  it("uploads and deletions in another order (name) never hide an asset that was there", async () => {
    const before = sim.state.assets.sorted("name").map((a) => a.id);
    const doomed = before.slice(500, 520);
    onFirstRequestFor("3", () => {
      sim.seed.assets(30);
      doomed.forEach((id) => sim.state.assets.delete(id));
    });
    const data = await listAll({ orderBy: "name asc" }, "searchAssets");
    const returned = new Set(data.media.map((a) => a.id));
    expect(before.filter((id) => !doomed.includes(id) && !returned.has(id))).toEqual([]);
    expect(data.complete).toBe(true);
  });

  it("60 deletions before every request: windows that miss each other are checked and mended", async () => {
    const before = oldestFirst(sim);
    const gone = new Set<string>();
    stop = sim.duringRequest((entry) => {
      if (entry.method !== "GET" || !/^\/api\/v4\/media\/?$/.test(entry.path)) return;
      // More than the 50 that windows overlap by, less than the quarter page a check reads.
      for (const a of sim.state.assets.sorted("dateCreated").slice(0, 60)) {
        gone.add(a.id);
        sim.state.assets.delete(a.id);
      }
    });
    const data = await listAll();
    const returned = new Set(data.media.map((a) => a.id));
    expect(before.filter((id) => !gone.has(id) && !returned.has(id))).toEqual([]);
    expect(data).toMatchObject({ complete: true, truncated: null });
    expect(returned.size).toBe(data.media.length);
  });

  it("under constant churn it gives up after its re-reads and says the list changed", async () => {
    let deleted = 0;
    stop = sim.duringRequest((entry) => {
      if (entry.method !== "GET" || !/^\/api\/v4\/media\/?$/.test(entry.path)) return;
      // Every request for the list deletes the 300 oldest assets, more than a check can see past
      // (a quarter page), and 300 are uploaded (the newest, last in the list).
      sim.state.assets
        .sorted("dateCreated")
        .slice(0, 300)
        .forEach((a) => sim.state.assets.delete(a.id));
      for (let i = 0; i < 300; i++) sim.seed.assets(1, { dateCreated: Date.now() + deleted + i });
      deleted += 300;
    });
    const start = requestsTo(sim, "GET", "/api/v4/media").length;
    const data = await listAll();
    const requests = requestsTo(sim, "GET", "/api/v4/media").length - start;
    expect(data.complete).toBe(false);
    expect(data.truncated?.cause).toBe("changed");
    expect(data.truncated?.reason).toMatch(
      /^The list of assets changed while it was read .* some assets may be missing\. Run the step again/,
    );
    // Bounded: the first walk and two more, each with its checks, never a loop.
    expect(requests).toBeLessThanOrEqual(15);
    expect(deleted).toBe(requests * 300);
  });
});
