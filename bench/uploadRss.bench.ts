/**
 * Upload File From URL of a 1 GiB stream (legacy S3, Chunk Size blank: 9 MiB chunks at concurrency 4) against the
 * simulator in its own process: the connector's peak RSS growth must stay under 64 MiB.
 */
import { simConnection, fmt, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";
import { byteSource, firstBrand, harness, MiB } from "./lib/upload";

const SIZE = 1024 * MiB;
const LIMIT = 64 * MiB;

async function main() {
  const sim = await startSimProcess(["--processing-ms", "0"]);
  const source = await byteSource(SIZE);
  try {
    const connection = simConnection(sim.url, sim.permanentToken);
    const brandId = await firstBrand(sim);
    // Warm-up: load and compile everything an upload touches, so the figure is the upload's own.
    const warm = await byteSource(12 * MiB);
    await harness.action("uploadFileFromUrl", {
      connection,
      sourceUrl: warm.url,
      allowPrivateAddresses: true,
      fileName: "warm-up.bin",
      brandId,
    });
    await warm.close();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const t0 = performance.now();
    const result = await harness.action("uploadFileFromUrl", {
      connection,
      sourceUrl: source.url,
      // The source is a loopback server: allowed explicitly, as an on-premise source would be.
      allowPrivateAddresses: true,
      fileName: "one gibibyte.bin",
      brandId,
      maxSizeMb: "2000",
    });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growth = peak - baseline;
    const data = result?.data as { size: number; chunks: number };
    process.stdout.write(
      `uploaded ${fmt(data.size / MiB, 0)} MiB in ${data.chunks} chunks in ${fmt(seconds)} s (${fmt(data.size / MiB / seconds)} MiB/s)\n` +
        `peak RSS growth ${fmt(growth / MiB)} MiB (baseline ${fmt(baseline / MiB)} MiB); ratio to the 64 MiB limit: ${fmt(growth / LIMIT, 2)}\n`,
    );
    const ok = target(
      data.size === SIZE && growth < LIMIT,
      "peak RSS growth < 64 MiB for a 1 GiB stream",
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await source.close();
    await sim.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
