import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import type { Simulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { simulatorWithConnection } from "../../helpers/simulator";

const harness = createHarness(component);
const MiB = 1024 * 1024;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const CONTENT = Buffer.alloc(12 * MiB + 7);
for (let i = 0; i < CONTENT.length; i++) CONTENT[i] = (i * 31 + (i >> 9)) & 0xff;

describe("Upload File From URL against the simulator", () => {
  let sim: Simulator;
  let connection: Awaited<ReturnType<typeof simulatorWithConnection>>["connection"];
  let source: Server;
  let base: string;
  const seen: IncomingHttpHeaders[] = [];

  // Loopback only: nock's pass-through socket sometimes aborts long streamed bodies, so it is
  // switched off here (test/setup.ts restores it after the file anyway).
  beforeAll(async () => {
    nock.restore();
    ({ sim, connection } = await simulatorWithConnection({ processingMs: 0 }));
    // /sized sends a Content-Length; /chunked streams without one, in small pieces.
    source = createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader("connection", "close");
      if (req.url === "/empty") {
        // No Content-Length: the body is chunked and ends at once.
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end();
        return;
      }
      if (req.url?.startsWith("/expired")) {
        res.writeHead(403, { "content-type": "application/xml" });
        res.end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
        return;
      }
      if (req.url === "/sized") {
        res.writeHead(200, { "content-length": String(CONTENT.length) });
        res.end(CONTENT);
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream" });
      let at = 0;
      const pump = () => {
        while (at < CONTENT.length) {
          const piece = CONTENT.subarray(at, at + 300_000);
          at += piece.length;
          if (!res.write(piece)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    });
    await new Promise<void>((r) => source.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(source.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    nock.activate();
    await new Promise((r) => source.close(r));
    await sim.close();
  });

  it.each([
    ["with a Content-Length, legacy S3", "/sized", "legacy"],
    ["without a Content-Length, legacy S3 (spooled to a temporary file)", "/chunked", "legacy"],
    ["without a Content-Length, files service (v7)", "/chunked", "v7"],
  ])("streams a file %s and keeps its bytes", async (_, path, uploadMethod) => {
    const before = seen.length;
    const result = await harness.action("uploadFileFromUrl", {
      connection,
      sourceUrl: `${base}${path}`,
      allowPrivateAddresses: true,
      fileName: "from url – 源.bin",
      brandId: sim.state.brands[0].id,
      uploadMethod,
    });
    const data = result?.data as { mediaid: string; sha256?: string; chunks: number };
    expect(data.sha256).toBe(uploadMethod === "v7" ? sha(CONTENT) : undefined);
    expect(data.chunks).toBe(3);
    const stored = sim.state.assets.get(data.mediaid)?.items[0];
    expect(stored?.fileName).toBe("from url – 源.bin");
    expect(sha(stored?.content ?? Buffer.alloc(0))).toBe(sha(CONTENT));
    expect(seen.slice(before).map((h) => h.authorization)).toEqual([undefined]);
  });

  it("fails past Max Size without saving anything", async () => {
    const assets = sim.state.assets.size;
    await expect(
      harness.action("uploadFileFromUrl", {
        connection,
        sourceUrl: `${base}/chunked`,
        allowPrivateAddresses: true,
        fileName: "big.bin",
        brandId: sim.state.brands[0].id,
        maxSizeMb: "10",
        uploadMethod: "v7",
      }),
    ).rejects.toThrow("larger than Max Size (10 MB)");
    expect(sim.state.assets.size).toBe(assets);
  });

  it("refuses a declared size above Max Size before reading", async () => {
    await expect(
      harness.action("uploadFileFromUrl", {
        connection,
        sourceUrl: `${base}/sized`,
        allowPrivateAddresses: true,
        fileName: "big.bin",
        brandId: sim.state.brands[0].id,
        maxSizeMb: "5",
      }),
    ).rejects.toThrow("larger than Max Size (5 MB)");
  });

  it("refuses the loopback source by default, before any Bynder request", async () => {
    const before = { seen: seen.length, bynder: sim.requests.length };
    await expect(
      harness.action("uploadFileFromUrl", {
        connection,
        sourceUrl: `${base}/sized?token=s3cr3t`,
        fileName: "a.bin",
        brandId: sim.state.brands[0].id,
      }),
    ).rejects.toThrow(
      /^The source URL http:\/\/127\.0\.0\.1:\d+\/sized\?… was refused: 127\.0\.0\.1 is a loopback address.*turn on Allow Private Addresses\. Nothing was sent to Bynder\.$/,
    );
    expect(seen.length).toBe(before.seen);
    expect(sim.requests.length).toBe(before.bynder);
  });

  it.each(["legacy", "v7"])(
    "says an empty source without a Content-Length is empty before any Bynder request (%s)",
    async (uploadMethod) => {
      const bynder = sim.requests.length;
      await expect(
        harness.action("uploadFileFromUrl", {
          connection,
          sourceUrl: `${base}/empty`,
          allowPrivateAddresses: true,
          fileName: "empty.bin",
          brandId: sim.state.brands[0].id,
          uploadMethod,
        }),
      ).rejects.toThrow("The source file is empty (0 bytes)");
      expect(sim.requests.length).toBe(bynder);
    },
  );

  it("blames an expired source link, not Bynder, and calls Bynder not at all", async () => {
    const bynder = sim.requests.length;
    const error = await harness
      .action("uploadFileFromUrl", {
        connection,
        sourceUrl: `${base}/expired?X-Amz-Signature=0a1b2c`,
        allowPrivateAddresses: true,
        fileName: "Q3 report.pdf",
        brandId: sim.state.brands[0].id,
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `The source URL ${base}/expired?… answered 403 Forbidden (the link expired, or the file is private: use a link that opens without signing in). Nothing was sent to Bynder.`,
    );
    expect(sim.requests.length).toBe(bynder);
  });
});
