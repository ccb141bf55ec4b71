/**
 * Download Asset of a 115 MB file from the simulator (in its own process): the connector's peak
 * RSS growth and peak Buffer memory growth must stay within 1.2× the file plus 48 MiB. The step
 * result holds the file once; the constant is the socket's pieces awaiting collection (V8 collects
 * external memory every few tens of MB, whatever the file's size). BENCH_DOWNLOAD_BYTES sets the size.
 */
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { fmt, simConnection, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";
import { firstBrand, harness, MiB } from "./lib/upload";

const SIZE = Number(process.env.BENCH_DOWNLOAD_BYTES ?? 115_000_000);
const SLACK = 48 * MiB;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

async function main() {
  const sim = await startSimProcess(["--processing-ms", "0"]);
  try {
    const connection = simConnection(sim.url, sim.permanentToken);
    const brandId = await firstBrand(sim);
    const upload = async (size: number) => {
      const result = await harness.action("uploadFile", {
        connection,
        file: { data: Buffer.alloc(size, 0x5a), contentType: "application/octet-stream" },
        fileName: `file-${size}.bin`,
        brandId,
      });
      return (result?.data as { mediaid: string }).mediaid;
    };
    const download = (assetId: string) =>
      harness.action("downloadAsset", { connection, assetId, maxSizeMb: "120" }) as Promise<{
        data: Buffer;
      }>;
    // Warm-up: load and compile everything a download touches, so the figure is the download's own.
    await download(await upload(3 * MiB));
    const assetId = await upload(SIZE);
    gc();
    gc();
    const baseline = process.memoryUsage();
    let peak = baseline.rss;
    let peakBuffers = baseline.arrayBuffers;
    const sample = () => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.rss);
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    };
    const sampler = setInterval(sample, 5);
    const t0 = performance.now();
    const file = await download(assetId);
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    sample();
    const growth = peak - baseline.rss;
    const buffers = peakBuffers - baseline.arrayBuffers;
    process.stdout.write(
      `downloaded ${fmt(file.data.length / 1e6, 0)} MB in ${fmt(seconds)} s\n` +
        `peak RSS growth ${fmt(growth / 1e6)} MB (baseline ${fmt(baseline.rss / 1e6)} MB); ratio to the file: ${fmt(growth / SIZE, 2)}\n` +
        `peak Buffer memory growth ${fmt(buffers / 1e6)} MB; ratio to the file: ${fmt(buffers / SIZE, 2)}\n`,
    );
    const ok = target(
      file.data.length === SIZE && Math.max(growth, buffers) <= 1.2 * SIZE + SLACK,
      `peak memory growth <= 1.2 × file + 48 MiB for a ${fmt(SIZE / 1e6, 0)} MB download`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await sim.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
