import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import {
  type BrandfolderSimulator,
  startBrandfolderSimulator,
} from "../../../simulator/brandfolder";
import component from "../../../src/brandfolder";
import { resetPacers } from "../../../src/core/http/clock";
import { debugContext, recordingLogger } from "../../helpers/context";
import { runOnFakeClock, unpad } from "../../helpers/faults";
import { seeded as ids } from "../simulator/helpers";
import {
  BAD_KEY,
  DELETED,
  describeOutcome,
  expectedOutcome,
  type FaultCase,
  FAULTS,
  renderGaps,
  renderLeftOut,
  renderTable,
  type Row,
  SMALL_TIMEOUT_MS,
} from "./catalogue";
import { type Subject, subjects, unplaced } from "./subjects";

/** The whole suite must finish within this (it runs in `npm test`); no retry wait is real. */
export const BUDGET_MS = 45_000;
/** A single operation that takes longer than this has hung. */
const HANG_MS = 8_000;
const DOC = join(__dirname, "..", "..", "..", "docs", "brandfolder", "faults.md");
const WRONG_KEY = "bf-revoked-key-9c8b7a6d";

const harness = createHarness(component);
const rows: Row[] = [];
const baselines = new Map<string, string[]>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const started = Date.now();
const all = subjects();
/** Simulators by seeded asset count: reads change nothing, so subjects share them. */
const sims = new Map<number, Promise<BrandfolderSimulator>>();

beforeAll(() => process.on("unhandledRejection", onUnhandled));
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await Promise.all([...sims.values()].map(async (s) => (await s).close()));
  if (process.env.FAULTS_TABLE_OUT) writeFileSync(process.env.FAULTS_TABLE_OUT, report());
});

/** What docs/brandfolder/faults.md shows: the table, the gaps and what is left out. */
const report = () => `${renderTable(rows)}\n\n${renderGaps(rows)}\n\n${renderLeftOut()}`;

/** A simulator with an invitation and user permissions to read, besides its own seed. */
async function seededSim(seedAssets: number): Promise<BrandfolderSimulator> {
  const sim = await startBrandfolderSimulator({ seedAssets });
  const brand = ids(sim).brand;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${sim.url}/api/v4/brandfolders/${brand}/${path}`, {
      method,
      headers: { authorization: `Bearer ${sim.apiKey}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const invited = await call("POST", "invitations", {
    data: { attributes: { email: "faults@example.com", permission_level: "guest" } },
  });
  // Listing permissions gives each grant its id (the simulator makes them on first sight).
  const listed = await call("GET", "user_permissions");
  if (invited.status !== 201 && invited.status !== 200)
    throw new Error(`could not seed an invitation: ${invited.status} ${await invited.text()}`);
  if (listed.status !== 200) throw new Error(`could not list permissions: ${listed.status}`);
  sim.requests.length = 0;
  return sim;
}

const simFor = (seedAssets = 12) => {
  if (!sims.has(seedAssets)) sims.set(seedAssets, seededSim(seedAssets));
  return sims.get(seedAssets) as Promise<BrandfolderSimulator>;
};

/** Runs one read against one fault, with a fake clock, and names what happened. */
async function runCase(sim: BrandfolderSimulator, subject: Subject, fault: FaultCase) {
  resetPacers();
  sim.faults.clear();
  if (fault.times > 0)
    sim.faults.add({
      path: subject.faultPath ?? /./,
      fault: fault.spec,
      times: fault.times,
      skip: subject.skip,
    });
  const deleted = fault.spec === DELETED ? subject.target?.(sim) : undefined;
  if (deleted) sim.state.deleted.add(deleted);
  const apiKey = fault.spec === BAD_KEY ? WRONG_KEY : sim.apiKey;
  const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey, apiHost: sim.url } };
  const params = { connection, ...subject.inputs(sim) };
  const log = recordingLogger();
  const before = sim.requests.length;
  const { waitedMs, ...result } = await runOnFakeClock(
    // Debug on: every request is logged, and the key must not be in any line.
    () => harness.action(subject.key, params, debugContext(log.logger)),
    { hangMs: HANG_MS, timeoutMs: fault.spec.startsWith("slow") ? SMALL_TIMEOUT_MS : undefined },
  ).finally(() => {
    sim.faults.clear();
    if (deleted) sim.state.deleted.delete(deleted);
  });
  const sent = sim.requests.slice(before);
  const name = subject.name ?? subject.key;
  const target = (r: { method: string; path: string; query?: unknown }) =>
    `${r.method} ${r.path} ${JSON.stringify(r.query ?? {})}`;
  if (fault.spec === "") baselines.set(name, sent.map(target));
  // Retries are counted on the call the fault hit first (a Fetch All has several pages).
  const hit = sent.find((r) => r.fault !== undefined);
  const same = (t: string) => !hit || t === target(hit);
  const requests = sent.map(target).filter(same).length;
  const baseline = (baselines.get(name) ?? []).filter(same).length || 1;
  const hitAt = hit ? sent.indexOf(hit) : -1;
  return { ...result, requests, baseline, waitedMs, hitAt, logs: log.lines.join("\n") };
}

describe.each(all.map((s) => [`${s.kind}: ${s.name ?? s.key}`, s] as const))(
  "%s",
  (_name, subject) => {
    // A 403-on-delete needs an ID to delete: top-level lists (all organizations…) have none.
    const faults = FAULTS.filter((f) => f.spec !== DELETED || subject.target);
    it.each(faults.map((f) => [f.name, f] as const))("%s", async (_f, fault) => {
      const sim = await simFor(subject.seedAssets);
      const observed = await runCase(sim, subject, fault);
      const outcome = describeOutcome(fault, observed);
      rows.push({
        subject: subject.name ?? subject.key,
        kind: subject.kind,
        fault: fault.name,
        outcome,
      });
      expect(unhandled).toEqual([]);
      // A fault meant for a later page is not met on the first one.
      if (subject.skip && fault.times > 0)
        expect(observed.hitAt).toBeGreaterThanOrEqual(subject.skip);
      // Neither key ever reaches a message or a log line.
      for (const secret of [sim.apiKey, WRONG_KEY]) expect(observed.logs).not.toContain(secret);
      if (!observed.ok) {
        // One clear error: a real Error that names Brandfolder, not an axios dump, and no key.
        const message = (observed.error as Error).message;
        expect(observed.error).toBeInstanceOf(Error);
        expect(message).toMatch(/Brandfolder/);
        expect(message).not.toMatch(/\[object Object\]|AxiosError/);
        for (const secret of [sim.apiKey, WRONG_KEY]) expect(message).not.toContain(secret);
      }
      const want = expectedOutcome(fault, subject);
      const detail = observed.ok ? "" : ` — ${(observed.error as Error).message}`;
      expect(`${outcome}${outcome === want ? "" : detail}`).toBe(want);
    });
  },
);

describe("the Brandfolder fault suite as a whole", () => {
  it("runs every read action, and knows every other action as a write or leaves it out by name", () => {
    expect(unplaced()).toEqual([]);
    const run = new Set(all.map((s) => s.key));
    for (const key of ["listAssets", "getAsset", "listCollections", "getUserPermission"])
      expect(run).toContain(key);
  });

  it(`stays within its time budget (${BUDGET_MS / 1000} s)`, () => {
    expect(Date.now() - started).toBeLessThan(BUDGET_MS);
  });

  it("docs/brandfolder/faults.md shows the table this run observed (npm run test:faults -- --component brandfolder --write)", () => {
    const cases = all.reduce(
      (n, s) => n + FAULTS.filter((f) => f.spec !== DELETED || s.target).length,
      0,
    );
    if (rows.length < cases) return; // a filtered run cannot judge the doc
    const doc = readFileSync(DOC, "utf8");
    // The doc is prettier-formatted (npm run lint checks it): compare with cell padding removed.
    expect(unpad(doc)).toContain(unpad(report()));
  });
});
