import { type Simulator, startSimulator } from "../../../simulator/bynder";
import { trashOf } from "../../../simulator/bynder/resources/trash";
import { permanentConnection } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { pollRecords } from "../../helpers/polling";

/**
 * New and Updated Records after a bulk edit larger than one poll's budget (10 requests of 1000),
 * against the simulator with a test-driven clock: every version of every asset is emitted exactly
 * once across polls, the stored state stays small, and the warnings say what really happens.
 */
const T0 = Date.parse("2026-03-10T12:00:00Z");
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

let now = T0;
let sim: Simulator;
afterEach(async () => {
  await sim?.close();
});

type Row = { id: string; dateModified?: string; dateRemoved?: string };

function poller(params: Record<string, unknown> = {}) {
  const instanceState: Record<string, unknown> = {};
  const { logger, lines } = recordingLogger();
  const connection = permanentConnection(sim.url, sim.credentials.permanentToken);
  return {
    lines,
    stateSize: () => JSON.stringify(instanceState).length,
    async poll() {
      const { data } = await pollRecords<Row>(
        { connection, resourceType: "assets", ...params },
        { instanceState, logger },
      );
      return data as Record<string, Row[]>;
    },
  };
}

/** `n` assets cloned from one seeded asset (the seeder's realism is slow at this size). */
function library(n: number, modifiedAt: (i: number) => number): string[] {
  const [template] = [...sim.state.assets.values()];
  sim.state.assets.clear();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `B${String(i).padStart(7, "0")}-0000-0000-0000000000000000`;
    const at = modifiedAt(i);
    sim.state.assets.set(id, { ...template, id, dateCreated: at - DAY, dateModified: at });
    ids.push(id);
  }
  return ids;
}

function edit(id: string, at: number) {
  const asset = sim.state.assets.get(id);
  if (!asset) throw new Error(`no asset ${id}`);
  sim.state.assets.modified(asset, at);
}

const versions = (rows: Row[]) => rows.map((r) => `${r.id}@${r.dateModified ?? r.dateRemoved}`);

describe("New and Updated Records after a bulk edit", () => {
  it("walks 12,000 changes of one second across polls, emitting every version exactly once, including edits made meanwhile", async () => {
    now = T0;
    sim = await startSimulator({ seedAssets: 1, clock: () => now });
    const ids = library(13_000, (i) => T0 - 2 * DAY + i * 1000);
    const p = poller();
    await p.poll(); // baseline
    // The bulk edit: 12,000 assets in one second, between two ordinary edits.
    const bulkAt = T0 - 10 * MIN;
    const bulk = ids.slice(500, 12_500);
    edit(ids[0], bulkAt - 5000);
    for (const id of bulk) edit(id, bulkAt);
    edit(ids[1], bulkAt + 3000);
    const expected = new Set(versions([ids[0], ...bulk, ids[1]].map(stamped)));

    const emitted: string[] = [];
    const perPoll: number[] = [];
    for (let poll = 0; poll < 6; poll++) {
      const data = await p.poll();
      const got = versions([...data.created, ...data.updated]);
      emitted.push(...got);
      perPoll.push(got.length);
      expect(p.stateSize()).toBeLessThan(2000);
      if (poll === 0) {
        // Edited between polls: 50 already emitted (the rest of their second moves back 50
        // places, more than a request re-reads), one not yet emitted, one outside the bulk edit.
        const edited = [...bulk.slice(10, 60), bulk[11_990], ids[12_900]];
        now += 2 * MIN;
        const at = iso(now - 2 * MIN + 1000);
        for (const id of edited) edit(id, now - 2 * MIN + 1000);
        expected.delete(`${bulk[11_990]}@${iso(bulkAt)}`);
        for (const id of edited) expected.add(`${id}@${at}`);
      } else now += 2 * MIN;
    }
    expect(emitted).toHaveLength(new Set(emitted).size);
    expect(new Set(emitted)).toEqual(expected);
    // The first poll stops at its budget and says where the next one continues; the next ones move on.
    expect(perPoll[0]).toBeGreaterThan(9000);
    expect(perPoll[1]).toBeGreaterThan(0);
    expect(p.lines.filter((l) => l.startsWith("warn"))).toEqual([
      expect.stringMatching(
        /assets: this poll used its 10 requests before catching up and emitted \d+ record\(s\); the next poll continues after the last record read \(modified 2026-03-10T11:50:00.000Z\)/,
      ),
    ]);
  }, 60_000);

  it("walks a crowded second of jobs by position, re-aligning when a job already read is modified during the walk", async () => {
    now = T0;
    sim = await startSimulator({ seedAssets: 1, clock: () => now });
    const p = poller({ resourceType: "jobs" });
    await p.poll(); // baseline
    const jobs = sim.seed.jobs(2_500);
    const crowdAt = T0 - 10 * MIN;
    for (const j of jobs) j.dateModified = crowdAt;
    // While the second request is answered, 30 jobs of the first page are modified again.
    let seen = 0;
    const stop = sim.duringRequest((entry) => {
      if (entry.path === "/api/workflow/jobs/" && ++seen === 2)
        for (const j of jobs.slice(0, 30)) j.dateModified = now;
    });
    now = T0 + 2 * MIN;
    const first = await p.poll();
    stop();
    const ids = (rows: Row[]) => rows.map((r) => r.id);
    expect(new Set(ids(first.created).concat(ids(first.updated)))).toEqual(
      new Set(jobs.map((j) => j.id)),
    );
    expect(first.created.length + first.updated.length).toBe(2_500);
    now += 2 * MIN;
    const second = await p.poll();
    expect(new Set(ids([...second.created, ...second.updated]))).toEqual(
      new Set(jobs.slice(0, 30).map((j) => j.id)),
    );
  });

  it("warns when the trash poll runs out of its requests, and reports the rest next time", async () => {
    now = T0;
    sim = await startSimulator({ seedAssets: 1, clock: () => now });
    const p = poller({ includeDeleted: "true" });
    await p.poll();
    const trash = trashOf(sim.state);
    const removed = Array.from({ length: 1_050 }, (_, i) => `T${String(i).padStart(6, "0")}`);
    removed.forEach((id, i) =>
      trash.push({
        id,
        name: id,
        dateCreated: T0 - DAY,
        dateRemoved: T0 + (i % 3) * 1000, // three removals per second
        userId: "u",
        username: "u",
      }),
    );
    now = T0 + 2 * MIN;
    const first = await p.poll();
    expect(p.lines.join("\n")).toMatch(
      /deleted assets: this poll used its 10 requests before catching up and emitted \d+ record\(s\); the next poll continues after the last record read/,
    );
    const second = await p.poll();
    const all = [...first.deleted, ...second.deleted].map((r) => r.id);
    expect(all).toHaveLength(removed.length);
    expect(new Set(all)).toEqual(new Set(removed));
  });
});

function stamped(id: string): Row {
  const asset = sim.state.assets.get(id);
  if (!asset) throw new Error(`no asset ${id}`);
  return { id, dateModified: iso(asset.dateModified) };
}

function iso(ms: number) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
