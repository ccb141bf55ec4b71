import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { useClock } from "../../../src/core/http/clock";
import { permanentConnection } from "../../helpers/connections";

const harness = createHarness(component);
const MiB = 1024 * 1024;
const MINUTE = 60_000;
const CHUNK = /^\/v7\/file_cmds\/upload\/[^/]+\/chunk\//;
const SAVE = /^\/api\/v4\/media\/save\//;

/** One fake clock for the client and the simulator: sleeps are instant, `advance` is slow work. */
function sharedClock() {
  let t = Date.UTC(2026, 10, 24, 12);
  const begun = t;
  const restore = useClock({
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0, ms);
    },
  });
  return {
    now: () => t,
    elapsed: () => t - begun,
    advance: (ms: number) => (t += ms),
    restore,
  };
}

/** The execution began `ms` before the step (Prismatic's context.startedAt, on the wall clock). */
const startedAgo = (ms: number) => ({ startedAt: new Date(Date.now() - ms).toISOString() });

describe("Upload File within the execution's time limit", () => {
  let sim: Simulator;
  let time: ReturnType<typeof sharedClock>;
  afterEach(async () => {
    await sim.close();
    time.restore();
  });

  async function start(options: Parameters<typeof startSimulator>[0]) {
    time = sharedClock();
    sim = await startSimulator({ ...options, clock: () => time.now() });
  }

  const upload = (extra: Record<string, unknown>, context = startedAgo(0)) =>
    harness.action(
      "uploadFile",
      {
        connection: permanentConnection(sim.url, sim.credentials.permanentToken),
        file: { data: Buffer.alloc(3 * MiB, 7), contentType: "application/octet-stream" },
        fileName: "clip.mp4",
        brandId: sim.state.brands[0].id,
        uploadMethod: "v7",
        chunkSizeMib: "1",
        concurrency: "1",
        ...extra,
      },
      context,
    );

  it("v7: slow chunks then slow conversion stop within 13 minutes of the start, saying what was done", async () => {
    await start({ v7ConversionMs: 60 * MINUTE });
    // Each chunk takes 3 simulated minutes: 9 minutes are gone when the save wait begins.
    sim.duringRequest((entry) => {
      if (CHUNK.test(entry.path)) time.advance(3 * MINUTE);
    });
    const error = await upload({ pollTimeout: "600" }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^The file was uploaded \(3 chunks\) and finalised as import id [0-9a-f-]+, but not saved: Bynder was still converting it and the execution's time limit is near: every wait ends 13 minutes after the execution started\. Nothing is lost: in a later step or execution, run Save a New Asset with import id [0-9a-f-]+\.$/,
    );
    expect(time.elapsed()).toBeLessThanOrEqual(13 * MINUTE);
    expect(time.elapsed()).toBeGreaterThan(12 * MINUTE);
    // The "not converted yet" answer was met and waited on, not just once.
    const saves = sim.requests.filter((r) => r.method === "POST" && SAVE.test(r.path));
    expect(saves.length).toBeGreaterThan(10);
    expect(saves.every((r) => r.status === 303)).toBe(true);
  });

  it("v7: waits out Bynder's conversion ('not converted yet') and then saves", async () => {
    await start({ v7ConversionMs: 20_000 });
    const result = await upload({});
    expect(result?.data).toMatchObject({ status: "saved", method: "v7", chunks: 3 });
    const saves = sim.requests.filter((r) => r.method === "POST" && SAVE.test(r.path));
    expect(saves.map((r) => r.status)).toEqual([...Array(7).fill(303), 201]);
  });

  it("legacy: the import poll stops at the execution's limit, not after Poll Timeout from the step", async () => {
    await start({ processingMs: 60 * MINUTE });
    const error = await upload(
      { uploadMethod: "legacy", chunkSizeMib: "5", pollTimeout: "300" },
      startedAgo(12 * MINUTE),
    ).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^The file was uploaded \(1 chunk\) and finalised as import id [0-9A-F-]+, but not saved: Bynder was still processing import id [0-9A-F-]+ after \d+ s \(the execution's time limit is near/,
    );
    // About one minute was left of the execution: polling stopped there, not after 300 s.
    expect(time.elapsed()).toBeLessThanOrEqual(1 * MINUTE);
    expect(time.elapsed()).toBeGreaterThan(50_000);
  });
});
