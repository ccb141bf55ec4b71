import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { permanentConnection } from "../../helpers/connections";

const harness = createHarness(component);
const REGISTER = /^\/api\/v4\/upload\/?$/;

describe("Upload File when a chunk fails on every attempt", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 1, processingMs: 0 });
  });
  afterEach(() => sim.faults.clear());
  afterAll(async () => sim.close());

  it("fails once, saying nothing was saved and the upload can be run again (not 'may have been applied')", async () => {
    sim.faults.add({ method: "POST", path: REGISTER, fault: "503", times: Infinity });
    const before = sim.requests.length;
    const error = await harness
      .action("uploadFile", {
        connection: permanentConnection(sim.url, sim.credentials.permanentToken),
        file: { data: Buffer.from("%PDF-1.4\nchunk\n"), contentType: "application/pdf" },
        fileName: "chunk.pdf",
        brandId: sim.state.brands[0].id,
        waitForProcessing: true,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(BynderApiError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Chunk 1 of 1 failed on all 4 attempts; nothing was saved in Bynder/);
    expect(message).toMatch(/HTTP 503/);
    expect(message).not.toMatch(/may have been applied/);
    expect((error as BynderApiError).status).toBe(503);
    const sent = sim.requests.slice(before);
    expect(sent.filter((r) => r.method === "POST" && REGISTER.test(r.path))).toHaveLength(4);
    expect(sent.some((r) => r.path.includes("/media/save/"))).toBe(false);
  });
});
