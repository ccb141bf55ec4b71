import { type Simulator, startSimulator } from "../../../simulator/bynder";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { cursorAt } from "../../../src/bynder/triggers/polling/cursor";
import { keysetPoll, OVERLAP_MS } from "../../../src/bynder/triggers/polling/keyset";
import { permanentConnection } from "../../helpers/connections";
import { pollRecords } from "../../helpers/polling";

/**
 * New and Updated Records against the simulator, whose clock (and so its Date header and the
 * dates it stamps) the test moves: changes are injected between polls and during one.
 */
const T0 = Date.parse("2026-03-10T12:00:00Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

let now = T0;
let sim: Simulator;
afterEach(async () => {
  await sim?.close();
});

async function start(seedAssets: number) {
  now = T0;
  sim = await startSimulator({ seedAssets, clock: () => now });
}

const connection = () => permanentConnection(sim.url, sim.credentials.permanentToken);
const mediaRequests = () => sim.requests.filter((r) => r.path === "/api/v4/media/").length;

function poller(params: Record<string, unknown> = {}) {
  const instanceState: Record<string, unknown> = {};
  return async () => {
    const { data } = await pollRecords(
      { connection: connection(), resourceType: "assets", ...params },
      { instanceState },
    );
    return {
      created: data.created.map((r) => r.id),
      updated: data.updated.map((r) => r.id),
      deleted: (data.deleted ?? []).map((r) => r.id),
    };
  };
}

/** Adds `n` assets created and modified at `at`. */
const addAssets = (n: number, at: number) =>
  sim.seed.assets(n, { dateCreated: at, dateModified: at }).map((a) => a.id);

function touch(id: string, at: number) {
  const asset = sim.state.assets.get(id);
  if (!asset) throw new Error(`no asset ${id}`);
  asset.dateModified = at;
  sim.state.assets.touch();
}

describe("New and Updated Records against the simulator", () => {
  it("emits every change exactly once over three polls: new, updated, same second, during a poll, more than a page in one second", async () => {
    await start(50);
    const poll = poller();
    expect(await poll()).toEqual({ created: [], updated: [], deleted: [] });

    const existing = [...sim.state.assets.keys()][0];
    const [fresh] = addAssets(1, T0 - 5 * MIN);
    touch(existing, T0 - 5 * MIN + 1000);
    const pair = addAssets(2, T0 - 4 * MIN);
    const crowd = addAssets(1200, T0 - 3 * MIN);
    const [late] = addAssets(1, T0 - 30_000); // inside the settle window
    // While page 2 of the crowded second is read, an asset from its page 1 (the simulator breaks
    // ties by id) is modified again: the rows after it move back one place.
    const moved = [...crowd].sort()[0];
    let seen = 0;
    const stop = sim.duringRequest((entry) => {
      if (entry.path === "/api/v4/media/" && ++seen === 2) touch(moved, now);
    });
    const second = await poll();
    stop();
    expect(second.updated).toEqual([existing]);
    expect(new Set(second.created)).toEqual(new Set([fresh, ...pair, ...crowd]));
    expect(second.created).toHaveLength(1 + 2 + 1200);

    now = T0 + 2 * MIN;
    const third = await poll();
    expect(third).toEqual({ created: [late], updated: [moved], deleted: [] });
    now = T0 + 4 * MIN;
    expect(await poll()).toEqual({ created: [], updated: [], deleted: [] });
  });

  it("makes at most 2 requests for 10 changes in a 100,000-asset library", async () => {
    await start(1);
    // 100,000 assets cloned from one seeded asset (the seeder's full realism is slow at this size).
    const [template] = [...sim.state.assets.values()];
    for (let i = 1; i < 100_000; i++) {
      const id = `A${String(i).padStart(7, "0")}-0000-0000-0000000000000000`;
      const at = T0 - DAY + i * 500;
      sim.state.assets.set(id, { ...template, id, dateCreated: at - DAY, dateModified: at });
    }
    expect(sim.state.assets.size).toBe(100_000);
    const poll = poller();
    await poll();
    const ids = [...sim.state.assets.keys()].slice(500, 510);
    ids.forEach((id, i) => touch(id, T0 + DAY + i * 1000));
    now = T0 + DAY + 2 * MIN;
    const before = mediaRequests();
    const result = await poll();
    expect(result.updated.sort()).toEqual([...ids].sort());
    expect(mediaRequests() - before).toBeLessThanOrEqual(2);
  }, 60_000);

  it("continues from its last emitted record after a poll that hit its request budget", async () => {
    await start(0);
    const ids = Array.from({ length: 7 }, (_, i) => addAssets(1, T0 - 20 * MIN + i * MIN)[0]);
    const client = createBynderClient(connection());
    const options = { fallbackNow: () => 0, warn: () => undefined, pageSize: 3 };
    const first = await keysetPoll(
      client,
      {
        path: "/api/v4/media/",
        query: (d) => ({ dateModified: d, orderBy: "dateModified asc" }),
        newestQuery: {},
      },
      {
        ...options,
        cursor: cursorAt(T0 - 60 * MIN, OVERLAP_MS),
        maxRequests: 1,
      },
    );
    expect(first.complete).toBe(false);
    expect(first.created.map((r) => r.id)).toEqual(ids.slice(0, 3));
    const rest = await keysetPoll(
      client,
      {
        path: "/api/v4/media/",
        query: (d) => ({ dateModified: d, orderBy: "dateModified asc" }),
        newestQuery: {},
      },
      {
        ...options,
        cursor: first.cursor,
      },
    );
    expect(rest.created.map((r) => r.id)).toEqual(ids.slice(3));
    expect(rest.complete).toBe(true);
  });

  it("reports deleted assets from the trash once they are past the settle window", async () => {
    await start(5);
    const poll = poller({ includeDeleted: "true" });
    await poll();
    const victim = [...sim.state.assets.keys()][2];
    const res = await fetch(`${sim.url}/api/v4/media/${victim}/`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${sim.credentials.permanentToken}` },
    });
    expect(res.status).toBe(204);
    expect((await poll()).deleted).toEqual([]);
    now = T0 + 2 * MIN;
    expect((await poll()).deleted).toEqual([victim]);
    expect((await poll()).deleted).toEqual([]);
  });
});
