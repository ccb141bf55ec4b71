/**
 * New and Updated Records over a 100,000-asset library: after a baseline poll, 10 assets are edited
 * through the simulator's API and the next poll is measured next to the baseline component's
 * approach (read every page, compare timestamps locally), side by side in one run. Target: the poll
 * makes at most 2 requests and emits exactly the 10 changes.
 *
 * The simulator's clock runs 60x real time (`--clock-speed`), so the 60 s settle window that holds
 * back fresh changes passes in about a second instead of a real minute.
 */
import { createBynderClient } from "../src/bynder/client/clientFor";
import { resetPacers } from "../src/core/http/pacer";
import { SETTLE_MS } from "../src/bynder/triggers/polling/keyset";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../src/bynder";
import { startSimProcess, type SimProcess } from "./lib/simProcess";
import { fmt, requestLog, simConnection, target } from "./lib/measure";

const ASSETS = 100_000;
const CHANGES = 10;
const CLOCK_SPEED = 60;
const PAGE = 1000;
const log = requestLog();
const harness = createHarness(component);

type Row = { id: string; dateCreated: string; dateModified: string };

/** The simulator's own time, from the Date header of a cheap request (its clock is not ours). */
async function serverNow(sim: SimProcess): Promise<number> {
  const res = await fetch(`${sim.url}/api/v4/brands/`, { headers: auth(sim) });
  await res.arrayBuffer();
  return Date.parse(res.headers.get("date") ?? "");
}

const auth = (sim: SimProcess) => ({ Authorization: `Bearer ${sim.permanentToken}` });

/** Renames `CHANGES` assets from the middle of the library; returns their ids. */
async function changeAssets(sim: SimProcess): Promise<string[]> {
  const res = await fetch(`${sim.url}/api/v4/media/?limit=${CHANGES}&page=4000`, {
    headers: auth(sim),
  });
  const ids = ((await res.json()) as Row[]).map((r) => r.id);
  for (const id of ids) {
    const edit = await fetch(`${sim.url}/api/v4/media/${encodeURIComponent(id)}/`, {
      method: "POST",
      headers: { ...auth(sim), "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: `Renamed ${id.slice(0, 8)}` }),
    });
    if (edit.status !== 202) throw new Error(`editing ${id} answered ${edit.status}`);
    await edit.arrayBuffer();
  }
  return ids;
}

function poller(sim: SimProcess) {
  const instanceState: Record<string, unknown> = {};
  const connection = simConnection(sim.url, sim.permanentToken);
  return async () => {
    const result = (await harness.trigger(
      "newAndUpdatedRecords",
      undefined,
      { connection, resourceType: "assets" },
      { instanceState } as never,
    )) as { payload: { body: { data: { created: Row[]; updated: Row[] } } } };
    return result.payload.body.data;
  };
}

/** The baseline component's poll: every page of the library, then a local timestamp comparison. */
async function fullScan(sim: SimProcess, since: number) {
  const client = createBynderClient(simConnection(sim.url, sim.permanentToken));
  const created: string[] = [];
  const updated: string[] = [];
  for (let page = 1; ; page++) {
    const res = await client.request({
      method: "GET",
      path: "/api/v4/media/",
      query: { page, limit: PAGE },
    });
    const rows = res.data as Row[];
    for (const r of rows) {
      if (Date.parse(r.dateCreated) > since) created.push(r.id);
      else if (Date.parse(r.dateModified) > since) updated.push(r.id);
    }
    if (rows.length < PAGE) return { created, updated };
  }
}

const same = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

async function main(): Promise<boolean> {
  const t0 = performance.now();
  const sim = await startSimProcess([
    "--seed-assets",
    String(ASSETS),
    "--clock-speed",
    String(CLOCK_SPEED),
  ]);
  const seeded = (performance.now() - t0) / 1000;
  try {
    const poll = poller(sim);
    resetPacers();
    const baseline = await log.record(poll);
    const since = await serverNow(sim);
    const ids = await changeAssets(sim);
    // Wait (in simulated time) until the last change has left the settle window.
    const settledAt = (await serverNow(sim)) + SETTLE_MS + 2_000;
    while ((await serverNow(sim)) < settledAt)
      await new Promise((r) => setTimeout(r, 100 + 1000 / CLOCK_SPEED));

    resetPacers(); // each run starts with the same budget
    const polled = await log.record(poll);
    resetPacers();
    const scanned = await log.record(() => fullScan(sim, since));
    if (!same(scanned.value.updated, ids) || scanned.value.created.length > 0)
      throw new Error(
        `the full scan found ${scanned.value.updated.length} updated and ${scanned.value.created.length} new assets, expected the ${CHANGES} changes`,
      );
    const got = polled.value;
    const requestRatio = scanned.starts.length / polled.starts.length;
    const timeRatio = scanned.ms / polled.ms;
    process.stdout.write(
      `${ASSETS.toLocaleString("en-US")} assets (simulator seeded in ${fmt(seeded)} s), ${CHANGES} changed after a baseline poll (${baseline.starts.length} request, ${fmt(baseline.ms, 0)} ms)\n` +
        `poll: ${polled.starts.length} requests, ${fmt(polled.ms, 0)} ms, emitted ${got.updated.length} updated + ${got.created.length} new\n` +
        `full scan (baseline component): ${scanned.starts.length} requests, ${fmt(scanned.ms, 0)} ms, found ${scanned.value.updated.length} updated\n` +
        `full scan / poll: ${fmt(requestRatio, 0)}x the requests, ${fmt(timeRatio, 0)}x the wall time\n`,
    );
    const ok = [
      target(
        polled.starts.length <= 2,
        `the poll after ${CHANGES} changes in ${ASSETS.toLocaleString("en-US")} assets made ${polled.starts.length} requests (target <= 2)`,
      ),
      target(
        got.created.length === 0 &&
          same(
            got.updated.map((r) => r.id),
            ids,
          ),
        `the poll emitted exactly the ${CHANGES} changes (${got.updated.length} updated, ${got.created.length} new)`,
      ),
    ];
    return ok.every(Boolean);
  } finally {
    await sim.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(2);
  },
);
