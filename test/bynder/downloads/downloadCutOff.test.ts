import { createConnection, createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { permanentToken } from "../../../src/bynder/connections";
import { permanentConnection } from "../../helpers/connections";

const harness = createHarness(component);

/** The pre-signed file fetch of Download Asset: the client hands its stream to the reader. */
const FILE = /^\/s3-files\//;

describe("Download Asset when the file's body is cut off mid-way", () => {
  let sim: Simulator;
  let assetId: string;
  let original: Buffer;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 1 });
    const asset = sim.state.assets.values().next().value;
    if (!asset) throw new Error("no seeded asset");
    assetId = asset.id;
    original = asset.items[0].content;
  });
  afterEach(() => sim.faults.clear());
  afterAll(async () => sim.close());

  const download = () =>
    harness.action("downloadAsset", {
      connection: permanentConnection(sim.url, sim.credentials.permanentToken),
      assetId,
    }) as Promise<{ data: Buffer }>;
  const fileFetches = (before: number) =>
    sim.requests.slice(before).filter((r) => r.method === "GET" && FILE.test(r.path)).length;

  it("fetches the file again and returns all of it", async () => {
    sim.faults.add({ method: "GET", path: FILE, fault: "truncated", times: 1 });
    const before = sim.requests.length;
    const result = await download();
    expect(Buffer.compare(result.data, original)).toBe(0);
    expect(fileFetches(before)).toBe(2);
  });

  it("gives up after four fetches with one error that says the response was cut off", async () => {
    sim.faults.add({ method: "GET", path: FILE, fault: "truncated", times: Infinity });
    const before = sim.requests.length;
    const error = await download().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BynderApiError);
    const message = (error as Error).message;
    expect(message).toMatch(/the response was cut off before it was complete/);
    expect(message).toMatch(/Tried 4 times/);
    // The pre-signed URL's signature (its query) is not repeated in the error.
    expect(message).not.toMatch(/\?/);
    expect(fileFetches(before)).toBe(4);
  });

  it("fetches the file as many times as the connection's Max Retries allows, not a fixed 3", async () => {
    sim.faults.add({ method: "GET", path: FILE, fault: "truncated", times: Infinity });
    const before = sim.requests.length;
    const connection = createConnection(permanentToken, {
      portalUrl: sim.url,
      token: sim.credentials.permanentToken,
      maxRetries: "1",
    });
    const error = await harness.action("downloadAsset", { connection, assetId }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/cut off before it was complete.*Tried 2 times/);
    expect(fileFetches(before)).toBe(2);
  });

  it("does not fetch again when the wait would end past the execution's limit", async () => {
    sim.faults.add({ method: "GET", path: FILE, fault: "truncated", times: Infinity });
    const before = sim.requests.length;
    const error = await harness
      .action(
        "downloadAsset",
        { connection: permanentConnection(sim.url, sim.credentials.permanentToken), assetId },
        { startedAt: new Date(Date.now() - 13 * 60_000).toISOString() },
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as Error).message).toMatch(
      /Tried once, and another try would end past the execution's time limit/,
    );
    expect(fileFetches(before)).toBe(1);
  });
});
