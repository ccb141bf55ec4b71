/**
 * Upload File's throughput against a bare hand-written loop doing the same protocol (S3 POST and
 * register per chunk, same chunk size and concurrency, the same client and pacer) against the same
 * simulator with processing delay 0: Upload File must reach at least 80 % of the loop's speed.
 * Runs with the default pacer, then prints the same figures with the pacer off.
 */
import FormData from "form-data";
import { resetPacers } from "../src/core/http/pacer";
import { createBynderClient } from "../src/bynder/client/clientFor";
import { fmt, simConnection, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";
import { firstBrand, harness, MiB, withPacerOff } from "./lib/upload";

const CHUNK = 5 * MiB;
const CHUNKS = 40;
const CONCURRENCY = 4;
const FILE = Buffer.alloc(CHUNKS * CHUNK, 0x61);

type Conn = ReturnType<typeof simConnection>;

/** The protocol by hand: endpoint, init, then S3 POST + register per chunk, CONCURRENCY at a time. */
async function bareLoop(connection: Conn): Promise<number> {
  resetPacers();
  const client = createBynderClient(connection);
  const t0 = performance.now();
  const { data: endpoint } = await client.request<string>({
    method: "GET",
    path: "/api/upload/endpoint",
  });
  const { data: init } = await client.request<{
    s3file: { uploadid: string; targetid: string };
    s3_filename: string;
    multipart_params: Record<string, string>;
  }>({
    method: "POST",
    path: "/api/upload/init",
    body: { encoding: "form", fields: { filename: "bare.bin" } },
  });
  let next = 1;
  const worker = async () => {
    for (let n = next++; n <= CHUNKS; n = next++) {
      const key = `${init.multipart_params.key}/p${n}`;
      const part = FILE.subarray((n - 1) * CHUNK, n * CHUNK);
      await client.requestUnauthenticated(endpoint, {
        method: "POST",
        responseType: "text",
        body: {
          encoding: "multipart",
          build: () => {
            const form = new FormData();
            for (const [k, v] of Object.entries(init.multipart_params))
              form.append(k, k === "key" ? key : v);
            for (const [k, v] of [
              ["name", key],
              ["chunk", String(n)],
              ["chunks", String(CHUNKS)],
              ["Filename", key],
            ])
              form.append(k, v);
            form.append("file", part, { filename: "p" });
            return form;
          },
        },
      });
      await client.request({
        method: "POST",
        path: "/api/v4/upload/",
        body: {
          encoding: "form",
          fields: {
            id: init.s3file.uploadid,
            targetid: init.s3file.targetid,
            filename: `${init.s3_filename}/p${n}`,
            chunkNumber: n,
          },
        },
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return (performance.now() - t0) / 1000;
}

async function uploadFile(connection: Conn, brandId: string): Promise<number> {
  resetPacers();
  const t0 = performance.now();
  await harness.action("uploadFile", {
    connection,
    file: { data: FILE },
    fileName: "connector.bin",
    brandId,
    concurrency: String(CONCURRENCY),
  });
  return (performance.now() - t0) / 1000;
}

async function round(connection: Conn, brandId: string, label: string) {
  const bare = await bareLoop(connection);
  const ours = await uploadFile(connection, brandId);
  const mb = FILE.length / MiB;
  process.stdout.write(
    `${label}: bare loop ${fmt(bare)} s (${fmt(mb / bare)} MiB/s), Upload File ${fmt(ours)} s (${fmt(mb / ours)} MiB/s); ratio ${fmt(bare / ours, 2)} (target ≥ 0.80)\n`,
  );
  return bare / ours;
}

async function main() {
  const sim = await startSimProcess(["--processing-ms", "0"]);
  try {
    const connection = simConnection(sim.url, sim.permanentToken);
    const brandId = await firstBrand(sim);
    await uploadFile(connection, brandId); // warm-up
    const ratio = await round(connection, brandId, "default pacer");
    await withPacerOff(() => round(connection, brandId, "pacer off   "));
    process.exitCode = target(
      ratio >= 0.8,
      "Upload File reaches ≥ 80 % of the bare loop's throughput (default pacer)",
    )
      ? 0
      : 1;
  } finally {
    await sim.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
