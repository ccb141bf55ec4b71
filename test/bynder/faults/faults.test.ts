import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { permanentConnection } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { runOnFakeClock, unpad } from "../../helpers/faults";
import {
  describeOutcome,
  expectedOutcome,
  type FaultCase,
  FAULTS,
  knownGap,
  renderGaps,
  renderLeftOut,
  renderTable,
  type Row,
  SMALL_TIMEOUT_MS,
} from "./catalogue";
import { type Subject, subjects, unplaced } from "./subjects";

/** The whole suite must finish within this (it runs in `npm test`); no retry wait is real. */
export const BUDGET_MS = 90_000;
/** A single operation that takes longer than this has hung. */
const HANG_MS = 8_000;
const DOC = join(__dirname, "..", "..", "..", "docs", "bynder", "faults.md");

const harness = createHarness(component);
const rows: Row[] = [];
const baselines = new Map<string, string[]>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const started = Date.now();
const all = subjects();

beforeAll(() => process.on("unhandledRejection", onUnhandled));
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  if (process.env.FAULTS_TABLE_OUT) writeFileSync(process.env.FAULTS_TABLE_OUT, report());
});

/** What docs/bynder/faults.md shows: the table, the gaps and what is left out. */
const report = () => `${renderTable(rows)}\n\n${renderGaps(rows)}\n\n${renderLeftOut()}`;

async function seeded(): Promise<Simulator> {
  // Processing takes no time, so an upload's first poll finds its import done.
  const sim = await startSimulator({ seedAssets: 3, processingMs: 0 });
  sim.seed.collections(1);
  sim.seed.users(2);
  sim.seed.orders(2);
  sim.seed.tags("fault-suite");
  sim.seed.jobs(1);
  // A webhook configuration, created as a client would, and a finished import to poll.
  const created = await fetch(`${sim.url}/v7/webhooks/public/api/subscriptions`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${sim.credentials.permanentToken}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({
      name: "Fault suite",
      endpoint: "ops@example.com",
      protocol: "email",
      events: ["asset_bank.media.create"],
    }),
  });
  if (created.status !== 201) throw new Error(`could not seed a webhook: ${created.status}`);
  const importId = "0B2F3A4C-5D6E-4F70-8192A3B4C5D6E7F8";
  sim.state.imports.set(importId, {
    importId,
    fileName: "seeded.pdf",
    content: Buffer.from("%PDF-1.4\n"),
    finalisedAt: 0,
    outcome: "done",
  });
  return sim;
}

/** Runs one operation against one fault, with a fake clock, and names what happened. */
async function runCase(sim: Simulator, subject: Subject, fault: FaultCase) {
  sim.faults.clear();
  if (fault.times > 0)
    sim.faults.add({
      ...(subject.faultOn ?? { path: /./ }),
      fault: fault.spec,
      times: fault.times,
    });
  const token =
    fault.spec === "bad-token" ? "expired-or-revoked-token" : sim.credentials.permanentToken;
  const params = { connection: permanentConnection(sim.url, token), ...subject.inputs(sim) };
  const context = { logger: recordingLogger().logger };
  const before = sim.requests.length;
  // No action has a Timeout input, so the slow row shortens the client's default for its run.
  const { waitedMs, ...result } = await runOnFakeClock(
    () =>
      subject.type === "action"
        ? harness.action(subject.key, params, context)
        : harness.dataSource(subject.key, params, context),
    { hangMs: HANG_MS, timeoutMs: fault.spec.startsWith("slow") ? SMALL_TIMEOUT_MS : undefined },
  );
  sim.faults.clear();
  const sent = sim.requests.slice(before);
  const name = subject.name ?? subject.key;
  const target = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
  if (fault.spec === "") baselines.set(name, sent.map(target));
  // Retries are counted on the call the fault hit first (a multi-step action that fails early sends
  // fewer requests in all than with no fault, however often it repeated that call).
  const hit = sent.find((r) => r.fault !== undefined);
  const same = (t: string) => !hit || t === target(hit);
  const requests = sent.map(target).filter(same).length;
  const baseline = (baselines.get(name) ?? []).filter(same).length || 1;
  const { save } = subject;
  const saves = save
    ? sent.filter((r) => r.method === save.method && save.path.test(r.path)).length
    : 0;
  return { ...result, requests, baseline, waitedMs, saves };
}

describe.each(all.map((s) => [`${s.kind}: ${s.name ?? s.key}`, s] as const))(
  "%s",
  (_name, subject) => {
    let shared: Simulator | undefined;
    const reads = subject.kind === "read" || subject.kind === "dropdown";
    beforeAll(async () => {
      if (reads) shared = await seeded();
    });
    afterAll(async () => shared?.close());

    it.each(FAULTS.map((f) => [f.name, f] as const))("%s", async (_f, fault) => {
      // A write changes the portal, so each of its cases gets a fresh one.
      const sim = shared ?? (await seeded());
      try {
        const observed = await runCase(sim, subject, fault);
        const outcome = describeOutcome(fault, observed);
        const gap = knownGap(fault, subject.kind, subject.name ?? subject.key);
        const want = gap?.outcome ?? expectedOutcome(fault, subject.kind, subject);
        rows.push({
          subject: subject.name ?? subject.key,
          kind: subject.kind,
          fault: fault.name,
          outcome,
          gap: gap && outcome === gap.outcome ? gap.note : undefined,
        });
        expect(unhandled).toEqual([]);
        if (!observed.ok) {
          // One clear error: a real Error that names Bynder, not an axios dump.
          expect(observed.error).toBeInstanceOf(Error);
          expect((observed.error as Error).message).toMatch(/Bynder/);
          expect((observed.error as Error).message).not.toMatch(/\[object Object\]|AxiosError/);
        }
        if (subject.save) {
          // A 429 was refused unread, so only then may the save go out again.
          expect(observed.saves).toBeLessThanOrEqual(fault.spec.startsWith("429") ? 2 : 1);
          if (fault.spec !== "bad-token") expect(observed.saves).toBeGreaterThan(0);
          if (!observed.ok && fault.spec !== "bad-token" && observed.saves > 0)
            expect((observed.error as Error).message).toMatch(/the save may have succeeded/);
        }
        const detail = observed.ok ? "" : ` — ${(observed.error as Error).message}`;
        expect(`${outcome}${outcome === want ? "" : detail}`).toBe(want);
      } finally {
        if (!shared) await sim.close();
      }
    });
  },
);

describe("the fault suite as a whole", () => {
  it("places every action that names its method and path in its description", () => {
    expect(unplaced()).toEqual([]);
  });

  it(`stays within its time budget (${BUDGET_MS / 1000} s)`, () => {
    expect(Date.now() - started).toBeLessThan(BUDGET_MS);
  });

  it("docs/bynder/faults.md shows the table this run observed (npm run test:faults -- --write)", () => {
    if (rows.length < all.length * FAULTS.length) return; // a filtered run cannot judge the doc
    const doc = readFileSync(DOC, "utf8");
    // The doc is prettier-formatted (npm run lint checks it): compare with cell padding removed.
    expect(unpad(doc)).toContain(unpad(report()));
  });
});
