import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { installFakeClock } from "../../core/http/fakeClock";
import { permanentConnection } from "../../helpers/connections";
import { fileServer, withoutNock } from "../../helpers/fileServer";

const harness = createHarness(component);
const MiB = 1024 * 1024;
const S3 = /^\/s3\/?$/;
const REGISTER = /^\/api\/v4\/upload\/?$/;

describe("Upload File's paced calls", () => {
  withoutNock();
  let sim: Simulator;
  let fake: ReturnType<typeof installFakeClock>;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 1, processingMs: 0 });
  });
  beforeEach(() => {
    fake = installFakeClock(Date.now());
  });
  afterEach(() => fake.restore());
  afterAll(async () => sim.close());

  const upload = async (size: number, extra: Record<string, unknown>, rate?: string) => {
    const connection = permanentConnection(sim.url, sim.credentials.permanentToken);
    if (rate) connection.fields = { ...connection.fields, requestsPerSecond: rate };
    const before = sim.requests.length;
    const result = await harness.action("uploadFile", {
      connection,
      file: { data: Buffer.alloc(size, 7), contentType: "application/octet-stream" },
      fileName: "big.bin",
      brandId: sim.state.brands[0].id,
      ...extra,
    });
    const sent = sim.requests.slice(before);
    const s3 = sent.filter((r) => r.method === "POST" && S3.test(r.path));
    // Finalise posts to the same path: a register is the one that names a chunk.
    const reg = sent.filter(
      (r) => r.method === "POST" && REGISTER.test(r.path) && r.body.includes("chunkNumber="),
    );
    return { data: result?.data as { chunks: number; size: number }, s3, reg, sent };
  };

  it("sends a large file in fewer, larger legacy chunks when Chunk Size is blank", async () => {
    // 40 MiB over 2 senders: 4 chunks of 10 MiB, so 4 paced register calls where 5 MiB took 8.
    const auto = await upload(40 * MiB, { concurrency: "2" });
    expect(auto.data).toMatchObject({ status: "saved", chunks: 4, size: 40 * MiB });
    expect(auto.reg).toHaveLength(4);
    expect(auto.s3).toHaveLength(4);
    const fixed = await upload(40 * MiB, { concurrency: "2", chunkSizeMib: "5" });
    expect(fixed.reg).toHaveLength(8);
    const stored = sim.state.assets.get((auto.data as { mediaid?: string }).mediaid ?? "");
    expect(stored?.items[0].content.length).toBe(40 * MiB);
  });

  it("keeps 5 MiB chunks for a file too small to gain from larger ones", async () => {
    const small = await upload(23 * MiB, {});
    expect(small.data.chunks).toBe(5);
    expect(small.reg).toHaveLength(5);
  });

  it("paces the register calls but not the chunks' bytes to S3", async () => {
    // One Bynder call a second and no burst: the pacer's waits add up to one second per Bynder
    // call after the first, counted at the server; an S3 POST waiting for the pacer would add more.
    const run = await upload(30 * MiB, { chunkSizeMib: "5", concurrency: "3" }, "1");
    expect(run.s3).toHaveLength(6);
    expect(run.reg).toHaveLength(6);
    const bynderCalls = run.sent.filter((r) => !S3.test(r.path)).length;
    expect(fake.sleeps.every((ms) => ms <= 1000)).toBe(true);
    expect(fake.elapsed()).toBe((bynderCalls - 1) * 1000);
  });

  it("streams a URL source that states its size in larger legacy chunks, within the memory budget", async () => {
    const source = await fileServer(Buffer.alloc(60 * MiB, 3));
    const fromUrl = async (extra: Record<string, unknown>) => {
      const before = sim.requests.length;
      const result = await harness.action("uploadFileFromUrl", {
        connection: permanentConnection(sim.url, sim.credentials.permanentToken),
        sourceUrl: `${source.url}/big.bin`,
        fileName: "big.bin",
        brandId: sim.state.brands[0].id,
        allowPrivateAddresses: "true",
        ...extra,
      });
      const reg = sim.requests
        .slice(before)
        .filter((r) => REGISTER.test(r.path) && r.body.includes("chunkNumber="));
      return { data: result?.data as { chunks: number; size: number }, reg };
    };
    try {
      // Concurrency 4: at most 48 MiB ÷ 5 = 9 MiB a chunk; 60 MiB spread over 8 is 8 MiB each.
      const auto = await fromUrl({});
      expect(auto.data).toMatchObject({ chunks: 8, size: 60 * MiB });
      expect(auto.reg).toHaveLength(8);
      const fixed = await fromUrl({ chunkSizeMib: "5" });
      expect(fixed.reg).toHaveLength(12);
      // Concurrency 2: the budget allows 16 MiB chunks, and 60 MiB spread over 4 is 15 MiB each.
      expect((await fromUrl({ concurrency: "2" })).data.chunks).toBe(4);
    } finally {
      await source.close();
    }
  });
});
