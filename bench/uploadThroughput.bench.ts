/**
 * Upload File (legacy S3, Chunk Size blank, concurrency 4) against a bare hand-written loop of the
 * same whole flow (endpoint, init, S3 POST + register per chunk, finalise, poll, save, read) with
 * NO pacer, in the same chunks, against the same simulator (processing delay 0). The bare loop is
 * valid only if it stayed within Bynder's 15 API calls in any rolling second (S3 POSTs are not API
 * calls); Upload File must reach ≥ 80 % of its throughput. Rounds alternate the two (medians
 * compared), so a busy moment on the shared machine hits both alike. Upload File with the old
 * fixed 5 MiB chunks is printed for comparison.
 */
import FormData from "form-data";
import { resetPacers } from "../src/core/http/pacer";
import { createBynderClient } from "../src/bynder/client/clientFor";
import { inMemoryLegacyChunk } from "../src/bynder/uploads/chunkSize";
import { fmt, maxInWindow, simConnection, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";
import { apiCallLog, firstBrand, harness, MiB, withPacerOff } from "./lib/upload";

const SIZE = 128 * MiB;
const CONCURRENCY = 4;
const ROUNDS = 3;
const FILE = Buffer.alloc(SIZE, 0x61);
const CHUNK = inMemoryLegacyChunk(SIZE, CONCURRENCY);
const CHUNKS = Math.ceil(SIZE / CHUNK);
const BYNDER_LIMIT = 15;

type Conn = ReturnType<typeof simConnection>;
const calls = apiCallLog(/^\/s3/);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The whole legacy flow by hand, CONCURRENCY chunks at a time, every request unpaced. */
async function bareFlow(connection: Conn, brandId: string): Promise<void> {
  const client = createBynderClient(connection);
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
  const ids = { id: init.s3file.uploadid, targetid: init.s3file.targetid };
  let next = 1;
  const worker = async () => {
    for (let n = next++; n <= CHUNKS; n = next++) {
      const key = `${init.multipart_params.key}/p${n}`;
      const part = FILE.subarray((n - 1) * CHUNK, n * CHUNK);
      const form = () => {
        const f = new FormData();
        for (const [k, v] of Object.entries(init.multipart_params))
          f.append(k, k === "key" ? key : v);
        for (const [k, v] of [
          ["name", key],
          ["chunk", String(n)],
          ["chunks", String(CHUNKS)],
          ["Filename", key],
        ])
          f.append(k, v);
        f.append("file", part, { filename: "p" });
        return f;
      };
      await client.requestUnauthenticated(endpoint, {
        method: "POST",
        responseType: "text",
        body: { encoding: "multipart", build: form },
      });
      await client.request({
        method: "POST",
        path: "/api/v4/upload/",
        body: {
          encoding: "form",
          fields: { ...ids, filename: `${init.s3_filename}/p${n}`, chunkNumber: n },
        },
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const { data: fin } = await client.request<{ importId: string }>({
    method: "POST",
    path: "/api/v4/upload/",
    body: {
      encoding: "form",
      fields: { ...ids, s3_filename: init.s3_filename, chunks: CHUNKS },
    },
  });
  await client.request({
    method: "GET",
    path: "/api/v4/upload/poll/",
    query: { items: [fin.importId] },
  });
  const { data: saved } = await client.request<{ mediaid: string }>({
    method: "POST",
    path: "/api/v4/media/save/{importId}/",
    pathParams: { importId: fin.importId },
    body: { encoding: "form", fields: { brandId } },
  });
  await client.request({ method: "GET", path: `/api/v4/media/${saved.mediaid}/` });
}

async function timed(fn: () => Promise<unknown>) {
  resetPacers();
  const t0 = performance.now();
  const { starts } = await calls.record(fn);
  return { s: (performance.now() - t0) / 1000, peak: maxInWindow(starts, 1000) };
}

const uploadFile = (connection: Conn, brandId: string, extra: Record<string, string> = {}) =>
  harness.action("uploadFile", {
    connection,
    file: { data: FILE },
    fileName: "connector.bin",
    brandId,
    concurrency: String(CONCURRENCY),
    ...extra,
  });

async function main() {
  const sim = await startSimProcess(["--processing-ms", "0"]);
  try {
    const connection = simConnection(sim.url, sim.permanentToken);
    const brandId = await firstBrand(sim);
    await uploadFile(connection, brandId); // warm-up
    const bare: number[] = [];
    const ours: number[] = [];
    let barePeak = 0;
    let ourPeak = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const b = await timed(() => withPacerOff(() => bareFlow(connection, brandId)));
      const o = await timed(() => uploadFile(connection, brandId));
      bare.push(b.s);
      ours.push(o.s);
      barePeak = Math.max(barePeak, b.peak);
      ourPeak = Math.max(ourPeak, o.peak);
    }
    const old = await timed(() => uploadFile(connection, brandId, { chunkSizeMib: "5" }));
    const mb = SIZE / MiB;
    const [b, o] = [median(bare), median(ours)];
    const ratio = b / o;
    process.stdout.write(
      `${fmt(mb, 0)} MiB in ${CHUNKS} chunks of ${fmt(CHUNK / MiB, 0)} MiB, concurrency ${CONCURRENCY}, median of ${ROUNDS} alternated rounds\n` +
        `bare loop, no pacer: ${fmt(b, 2)} s (${fmt(mb / b)} MiB/s), at most ${barePeak} API calls in any rolling second\n` +
        `Upload File:         ${fmt(o, 2)} s (${fmt(mb / o)} MiB/s), at most ${ourPeak} API calls in any rolling second\n` +
        `Upload File, fixed 5 MiB chunks (before): ${fmt(old.s, 2)} s (${fmt(mb / old.s)} MiB/s)\n` +
        `ratio ${fmt(ratio, 2)} (target ≥ 0.80)\n`,
    );
    const ok = [
      target(barePeak <= BYNDER_LIMIT, `bare loop within Bynder's ${BYNDER_LIMIT} calls a second`),
      target(ratio >= 0.8, `Upload File at ${fmt(ratio * 100, 0)} % of the bare loop (≥ 80 %)`),
    ];
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    await sim.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
