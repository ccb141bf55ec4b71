import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { installFakeClock } from "../../core/http/fakeClock";
import { permanentConnection } from "../../helpers/connections";

const harness = createHarness(component);
const MiB = 1024 * 1024;
const S3 = /^\/s3\/?$/;
const REGISTER = /^\/api\/v4\/upload\/?$/;
const V7_CHUNK = /^\/v7\/file_cmds\/upload\/[^/]+\/chunk\//;

describe("Upload File's chunks", () => {
  let sim: Simulator;
  let fake: ReturnType<typeof installFakeClock>;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 1, processingMs: 0 });
  });
  beforeEach(() => {
    fake = installFakeClock(Date.now());
  });
  afterEach(() => {
    sim.faults.clear();
    fake.restore();
  });
  afterAll(async () => sim.close());

  const upload = (extra: Record<string, unknown> = {}, startedAt = new Date().toISOString()) =>
    harness.action(
      "uploadFile",
      {
        connection: permanentConnection(sim.url, sim.credentials.permanentToken),
        file: { data: Buffer.alloc(12 * MiB, 1), contentType: "application/octet-stream" },
        fileName: "data.bin",
        brandId: sim.state.brands[0].id,
        ...extra,
      },
      { startedAt },
    );
  const sent = (before: number, method: string, path: RegExp) =>
    sim.requests.slice(before).filter((r) => r.method === method && path.test(r.path));

  it("never has more than Concurrency chunks in flight at the server", async () => {
    // Each chunk is held 40 ms (real time) at the server, so parallel ones overlap.
    sim.faults.add({ method: "POST", path: V7_CHUNK, fault: "slow=40", times: Infinity });
    const before = sim.requests.length;
    const result = await upload({ uploadMethod: "v7", chunkSizeMib: "1", concurrency: "3" });
    expect(result?.data).toMatchObject({ status: "saved", chunks: 12 });
    const chunks = sent(before, "POST", V7_CHUNK);
    expect(chunks).toHaveLength(12);
    expect(Math.max(...chunks.map((r) => r.inFlight))).toBe(3);
  });

  it.each([
    ["seconds", "429:retry-after=20", 20_000],
    ["an HTTP date", "429:retry-after-date=30", 30_000],
  ])("waits for S3's Retry-After in %s before sending a chunk again", async (_, fault, wait) => {
    sim.faults.add({ method: "POST", path: S3, fault, times: 1 });
    const before = sim.requests.length;
    const result = await upload({ chunkSizeMib: "5" });
    expect(result?.data).toMatchObject({ status: "saved", chunks: 3 });
    expect(sent(before, "POST", S3)).toHaveLength(4);
    // The chunk retry's own backoff is 1 s; S3 asked for longer and got it (a date has whole
    // seconds and is read against this test's frozen clock, so it may be a little off).
    const longest = Math.max(...fake.sleeps);
    expect(longest).toBeGreaterThan(wait - 1_000);
    expect(longest).toBeLessThan(wait + 5_000);
  });

  it("does not wait for a Retry-After that ends past the execution's limit", async () => {
    sim.faults.add({ method: "POST", path: S3, fault: "429:retry-after=120", times: 1 });
    const before = sim.requests.length;
    const tooLate = new Date(Date.now() - 12 * 60_000).toISOString();
    const error = await upload({ chunkSizeMib: "5", concurrency: "1" }, tooLate).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(BynderApiError);
    expect((error as Error).message).toMatch(
      /^Chunk 1 of 3 failed on attempt 1, and sending it again in 120 s would end past the execution's time limit \(13 minutes after it started\); nothing was saved in Bynder/,
    );
    expect(sent(before, "POST", S3)).toHaveLength(1);
    expect(fake.sleeps.filter((ms) => ms >= 1_000)).toEqual([]);
  });

  it("registers a chunk in one retry layer: four attempts in all, not four times four", async () => {
    // A register that never leaves (refused) is one the client itself would resend for any method.
    const refused = nock(sim.url, { allowUnmocked: true })
      .post(REGISTER)
      .times(4)
      .replyWithError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const before = sim.requests.length;
    const error = await upload({ file: { data: Buffer.from("tiny") } }).catch((e: Error) => e);
    expect(refused.isDone()).toBe(true);
    expect((error as Error).message).toMatch(/^Chunk 1 of 1 failed on all 4 attempts/);
    // Every attempt re-ran the whole chunk exchange; none of the registers reached the simulator.
    expect(sent(before, "POST", S3)).toHaveLength(4);
    expect(sent(before, "POST", REGISTER)).toHaveLength(0);
  });
});
