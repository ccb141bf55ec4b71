/**
 * Brandfolder's Upload File of a 1 GiB generated stream (source of unknown length, so the
 * resumable protocol, 8 MiB chunks) against the Brandfolder simulator in its own process: peak RSS
 * growth must stay under 64 MiB, and throughput reach ≥ 80 % of a bare loop doing the same
 * protocol by hand (same source, chunk size and client; no retries, resumes or validation).
 */
import type { Readable } from "node:stream";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../src/brandfolder";
import { createBrandfolderClient } from "../src/brandfolder/client";
import { DEFAULT_API_KEY } from "../simulator/brandfolder";
import { fmt, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";
import { byteSource, MiB } from "./lib/upload";

const SIZE = 1024 * MiB;
const CHUNK = 8 * MiB;
const LIMIT = 64 * MiB;
const harness = createHarness(component);

type Conn = { key: string; configVarKey: string; fields: Record<string, string> };

/** The protocol by hand: upload request, start, PUT each 8 MiB of the stream, create the asset. */
async function bareLoop(connection: Conn, sourceUrl: string, ids: Ids): Promise<number> {
  const client = createBrandfolderClient(connection as never);
  const t0 = performance.now();
  const { data: urls } = await client.request<Record<string, string>>({
    method: "GET",
    path: "/api/v4/upload_requests",
  });
  const started = await client.requestUnauthenticated(urls.resumable_upload_url, {
    method: "POST",
    headers: { "x-goog-resumable": "start" },
    body: { encoding: "raw", data: Buffer.alloc(0), contentType: "application/octet-stream" },
  });
  const location = started.headers.location;
  // The source read as Upload File reads it (the same client), minus the address guard.
  const { data: stream } = await client.requestUnauthenticated<Readable>(sourceUrl, {
    method: "GET",
    responseType: "stream",
    allowHttp: true,
  });
  const buf = Buffer.allocUnsafe(CHUNK);
  let held = 0;
  let offset = 0;
  const put = async (last: boolean) => {
    const range = `bytes ${offset}-${offset + held - 1}/${last ? offset + held : "*"}`;
    await client.requestUnauthenticated(location, {
      method: "PUT",
      headers: { "Content-Range": range },
      body: {
        encoding: "raw",
        data: buf.subarray(0, held),
        contentType: "application/octet-stream",
      },
      responseType: "text",
      acceptRedirects: true,
    });
    offset += held;
    held = 0;
  };
  for await (const piece of stream as AsyncIterable<Buffer>) {
    let rest = piece;
    while (rest.length) {
      const n = rest.copy(buf, held);
      held += n;
      rest = rest.subarray(n);
      if (held === CHUNK) await put(false);
    }
  }
  if (held) await put(true);
  else
    await client.requestUnauthenticated(location, {
      method: "PUT",
      headers: { "Content-Range": `bytes */${offset}` },
      body: { encoding: "raw", data: Buffer.alloc(0), contentType: "application/octet-stream" },
      responseType: "text",
    });
  await client.request({
    method: "POST",
    path: `/api/v4/brandfolders/${ids.brandfolderId}/assets`,
    body: {
      encoding: "json",
      value: {
        data: { attributes: [{ name: "bare.bin", attachments: [{ url: urls.object_url }] }] },
        section_key: ids.sectionId,
      },
    },
  });
  return (performance.now() - t0) / 1000;
}

interface Ids {
  brandfolderId: string;
  sectionId: string;
}

async function firstSection(url: string): Promise<Ids> {
  const get = async (path: string) => {
    const res = await fetch(`${url}/api/v4${path}`, {
      headers: { authorization: `Bearer ${DEFAULT_API_KEY}`, accept: "application/json" },
    });
    return ((await res.json()) as { data: { id: string }[] }).data[0].id;
  };
  const brandfolderId = await get("/brandfolders");
  return { brandfolderId, sectionId: await get(`/brandfolders/${brandfolderId}/sections`) };
}

async function uploadFile(connection: Conn, sourceUrl: string, ids: Ids, name: string) {
  const result = await harness.action("uploadFile", {
    connection,
    sourceUrl,
    allowPrivateAddresses: true,
    fileName: name,
    parent: "brandfolders",
    parentId: ids.brandfolderId,
    sectionId: ids.sectionId,
    maxSizeMb: "2000",
  });
  return result?.data as { size: number; chunks: number; protocol: string };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ data: T; s: number }> {
  const t0 = performance.now();
  const data = await fn();
  return { data, s: (performance.now() - t0) / 1000 };
}

async function main() {
  const sim = await startSimProcess(["--component", "brandfolder"]);
  const source = await byteSource(SIZE, { length: false, name: "generated.bin" });
  const warm = await byteSource(40 * MiB, { length: false, name: "generated.bin" });
  try {
    const connection = {
      key: "apiKey",
      configVarKey: "c",
      fields: { apiKey: DEFAULT_API_KEY, apiHost: sim.url },
    };
    const ids = await firstSection(sim.url);
    // Warm-up: load and compile everything an upload touches, so the figure is the upload's own.
    await uploadFile(connection, warm.url, ids, "warm-up.bin");
    await bareLoop(connection, warm.url, ids);
    // The machine may be shared: the better of two interleaved runs of each is compared; the
    // memory figure is the second run's.
    const bare1 = await bareLoop(connection, source.url, ids);
    const first = await timed(() => uploadFile(connection, source.url, ids, "first.bin"));
    const bare = Math.min(bare1, await bareLoop(connection, source.url, ids));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const run = await timed(() => uploadFile(connection, source.url, ids, "one gibibyte.bin"));
    const { data } = run;
    const ours = Math.min(first.s, run.s);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growth = peak - baseline;
    const mb = SIZE / MiB;
    const ratio = bare / ours;
    process.stdout.write(
      `Upload File: ${fmt(data.size / MiB, 0)} MiB, ${data.protocol}, ${data.chunks} chunks in ${fmt(ours)} s (${fmt(mb / ours)} MiB/s); bare loop ${fmt(bare)} s (${fmt(mb / bare)} MiB/s)\n` +
        `throughput ratio ${fmt(ratio, 2)} (target ≥ 0.80); peak RSS growth ${fmt(growth / MiB)} MiB (target < 64 MiB, baseline ${fmt(baseline / MiB)} MiB)\n`,
    );
    const rssOk = target(
      data.size === SIZE && growth < LIMIT,
      "peak RSS growth < 64 MiB for 1 GiB",
    );
    const speedOk = target(
      ratio >= 0.8,
      "Upload File reaches ≥ 80 % of the bare loop's throughput",
    );
    process.exitCode = rssOk && speedOk ? 0 : 1;
  } finally {
    await source.close();
    await warm.close();
    await sim.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
