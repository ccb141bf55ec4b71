import { createHash } from "node:crypto";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import type { Simulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { dispositionFileName } from "../../../src/core/downloads/capped";
import { requestsTo, simulatorWithConnection } from "../../helpers/simulator";

const harness = createHarness(component);
const MiB = 1024 * 1024;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Bytes that differ at every offset, so a lost, doubled or swapped chunk changes the hash. */
function bytes(size: number, seed = 7): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

type Download = { data: Buffer; contentType: string; headers: Record<string, string> };

describe("Upload File and Download Asset against the simulator", () => {
  let sim: Simulator;
  let connection: Awaited<ReturnType<typeof simulatorWithConnection>>["connection"];
  let brandId: string;

  // Loopback only: nock's pass-through socket sometimes aborts long streamed bodies, so it is
  // switched off here (test/setup.ts restores it after the file anyway).
  beforeAll(async () => {
    nock.restore();
    ({ sim, connection } = await simulatorWithConnection({ processingMs: 0 }));
    brandId = sim.state.brands[0].id;
  });
  afterAll(async () => {
    nock.activate();
    await sim.close();
  });

  async function upload(content: Buffer, fileName: string, extra: Record<string, unknown> = {}) {
    const result = await harness.action("uploadFile", {
      connection,
      file: { data: content, contentType: "application/octet-stream" },
      fileName,
      brandId,
      ...extra,
    });
    return result?.data as Record<string, unknown> & { mediaid: string; sha256?: string };
  }

  async function download(assetId: string) {
    return (await harness.action("downloadAsset", { connection, assetId })) as Download;
  }

  const sizes: [string, number][] = [
    ["1 byte", 1],
    ["exactly one chunk", 5 * MiB],
    ["one chunk + 1 byte", 5 * MiB + 1],
    ["23 MiB", 23 * MiB],
  ];

  describe.each([
    ["legacy S3", "legacy"],
    ["files service (v7)", "v7"],
  ])("through the %s flow", (_, uploadMethod) => {
    it.each(sizes)(
      "round-trips %s with the same SHA-256 and the exact file name",
      async (label, size) => {
        const content = bytes(size, size);
        const fileName = `Q3 – "final" 報告 ${label}.pdf`;
        const saved = await upload(content, fileName, { uploadMethod });
        expect(saved.status).toBe("saved");
        expect(saved.sha256).toBe(uploadMethod === "v7" ? sha(content) : undefined);
        expect(saved.size).toBe(size);
        expect(saved.chunks).toBe(Math.max(1, Math.ceil(size / (5 * MiB))));
        expect((saved.asset as { id: string }).id).toBe(saved.mediaid);
        const back = await download(saved.mediaid);
        expect(sha(back.data)).toBe(sha(content));
        expect(dispositionFileName(back.headers["Content-Disposition"])).toBe(fileName);
        expect(sim.state.assets.get(saved.mediaid)?.items[0].fileName).toBe(fileName);
      },
    );
  });

  it("numbers v7 chunks from 0 and sends each chunk's SHA-256", async () => {
    const content = bytes(5 * MiB + 10);
    const before = sim.requests.length;
    await upload(content, "v7.bin", { uploadMethod: "v7" });
    const chunks = sim.requests.slice(before).filter((r) => /\/chunk\/\d+$/.test(r.path));
    expect(chunks.map((r) => r.path.split("/").pop()).sort()).toEqual(["0", "1"]);
    for (const r of chunks) expect(r.headers["content-sha256"]).toBe(sha(r.body));
  });

  it("never sends the Bynder token to the S3 bucket", async () => {
    const before = sim.requests.length;
    await upload(bytes(10), "token.txt");
    const s3 = sim.requests.slice(before).filter((r) => r.path.startsWith("/s3"));
    expect(s3).toHaveLength(1);
    expect(s3[0].headers.authorization).toBeUndefined();
  });

  it("still yields a correct asset when a chunk fails twice and then succeeds", async () => {
    const content = bytes(5 * MiB + 3, 42);
    sim.faults.add({ method: "POST", path: "/s3", fault: "503", times: 2 });
    const saved = await upload(content, "flaky.bin", { concurrency: "1" });
    const back = await download(saved.mediaid);
    expect(sha(back.data)).toBe(sha(content));
    expect(sim.requests.filter((r) => r.fault === "503" && r.path.startsWith("/s3"))).toHaveLength(
      2,
    );
  });

  it("does not repeat a save whose response is lost, and says what to check", async () => {
    const saves = () => sim.requests.filter((r) => r.path.startsWith("/api/v4/media/save")).length;
    const before = saves();
    sim.faults.add({ method: "POST", path: /^\/api\/v4\/media\/save\//, fault: "reset" });
    await expect(upload(bytes(100), "lost.txt")).rejects.toThrow(
      /the save may have succeeded: import id [0-9A-F-]+\..*look for the file in Bynder/,
    );
    expect(saves() - before).toBe(1);
  });

  it("with Wait for Processing off returns the import id for the step actions to finish", async () => {
    const content = bytes(1000, 3);
    const pending = await upload(content, "later.txt", { waitForProcessing: "false" });
    expect(pending.status).toBe("processing");
    const importId = pending.importId as string;
    const state = await harness.action("retrievePollState", { connection, items: [importId] });
    expect((state?.data as { itemsDone: string[] }).itemsDone).toEqual([importId]);
    const saved = await harness.action("saveANewAsset", { connection, importId, brandId });
    const back = await download((saved?.data as { mediaid: string }).mediaid);
    expect(sha(back.data)).toBe(sha(content));
  });

  it("saves a new version and an additional file of an existing asset", async () => {
    const first = await upload(bytes(50, 1), "v1.txt");
    const v2 = bytes(60, 2);
    await upload(v2, "v2.txt", {
      saveAs: "newVersion",
      assetId: first.mediaid,
      brandId: undefined,
    });
    expect(sha((await download(first.mediaid)).data)).toBe(sha(v2));
    const extra = await upload(bytes(70, 3), "extra.txt", {
      saveAs: "additional",
      assetId: first.mediaid,
      brandId: undefined,
    });
    expect(extra.itemId).toEqual(expect.any(String));
    const items = sim.state.assets.get(first.mediaid)?.items ?? [];
    expect(items.map((i) => [i.type, i.fileName])).toEqual([
      ["original", "v1.txt"],
      ["original", "v2.txt"],
      ["additional", "extra.txt"],
    ]);
  });

  it("saves a new version and an additional file through the files service (v7) too", async () => {
    const first = await upload(bytes(50, 4), "w1.txt", { uploadMethod: "v7" });
    const v2 = bytes(60, 5);
    const asVersion = { uploadMethod: "v7", assetId: first.mediaid, brandId: undefined };
    await upload(v2, "w2.txt", { ...asVersion, saveAs: "newVersion" });
    expect(sha((await download(first.mediaid)).data)).toBe(sha(v2));
    const extra = await upload(bytes(70, 6), "wextra.txt", { ...asVersion, saveAs: "additional" });
    expect(extra.itemId).toEqual(expect.any(String));
    const items = sim.state.assets.get(first.mediaid)?.items ?? [];
    expect(items.map((i) => [i.type, i.fileName])).toEqual([
      ["original", "w1.txt"],
      ["original", "w2.txt"],
      ["additional", "wextra.txt"],
    ]);
  });

  it("runs the seed's step actions end to end, with the whole Initialize Upload response pasted", async () => {
    const content = bytes(5 * MiB + 5, 9);
    const fileName = "Étape – 步骤.bin";
    const endpoint = (await harness.action("getClosestS3UploadEndpoint", { connection }))
      ?.data as string;
    const init = (await harness.action("initializeUpload", { connection, filename: fileName }))
      ?.data as { s3file: { uploadid: string; targetid: string }; s3_filename: string };
    const parts = [content.subarray(0, 5 * MiB), content.subarray(5 * MiB)];
    for (const [i, part] of parts.entries()) {
      const sent = (
        await harness.action("uploadChunk", {
          connection,
          uploadUrl: endpoint,
          file: { data: part },
          chunk: String(i + 1),
          chunks: "2",
          multipartParameters: JSON.stringify(init),
        })
      )?.data as { filename: string };
      await harness.action("registerUploadedChunk", {
        connection,
        id: init.s3file.uploadid,
        chunkNumber: String(i + 1),
        targetId: init.s3file.targetid,
        filename: `${init.s3_filename}/p${i + 1}`,
      });
      expect(sent.filename).toMatch(new RegExp(`/p${i + 1}$`));
    }
    const fin = (
      await harness.action("finalizeCompleteUpload", {
        connection,
        id: init.s3file.uploadid,
        targetId: init.s3file.targetid,
        s3Filename: init.s3_filename,
        chunks: "2",
        originalFilename: fileName,
      })
    )?.data as { importId: string };
    await harness.action("retrievePollState", { connection, items: [fin.importId] });
    const saved = (
      await harness.action("saveANewAsset", {
        connection,
        importId: fin.importId,
        brandId,
      })
    )?.data as { mediaid: string };
    const back = await download(saved.mediaid);
    expect(sha(back.data)).toBe(sha(content));
    expect(dispositionFileName(back.headers["Content-Disposition"])).toBe(fileName);
    expect(requestsTo(sim, "POST", "/api/v4/upload").length).toBeGreaterThanOrEqual(3);
  });
});

describe("a poll past its timeout", () => {
  it("fails with a clear error naming the import id", async () => {
    const { sim, connection } = await simulatorWithConnection({ processingMs: 3_600_000 });
    try {
      await expect(
        harness.action("uploadFile", {
          connection,
          file: { data: Buffer.from("slow") },
          fileName: "slow.txt",
          brandId: sim.state.brands[0].id,
          pollInterval: "2",
          pollTimeout: "6",
        }),
      ).rejects.toThrow(/still processing import id [0-9A-F-]+ after \d+ s.*Retrieve Poll State/);
    } finally {
      await sim.close();
    }
  });
});
