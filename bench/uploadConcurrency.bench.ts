/**
 * Upload File with 100 ms simulated latency (so the pacer is not the bottleneck at concurrency 1)
 * and 40 × 5 MiB chunks: concurrency 4 must be at least 2× faster than concurrency 1. Runs with the
 * default pacer, then prints the same figures with the pacer off.
 */
import { resetPacers } from "../src/core/http/pacer";
import { fmt, simConnection, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";
import { firstBrand, harness, MiB, withPacerOff } from "./lib/upload";

const FILE = Buffer.alloc(40 * 5 * MiB, 0x42);

async function timed(
  connection: ReturnType<typeof simConnection>,
  brandId: string,
  concurrency: number,
) {
  resetPacers();
  const t0 = performance.now();
  await harness.action("uploadFile", {
    connection,
    file: { data: FILE },
    fileName: `c${concurrency}.bin`,
    brandId,
    concurrency: String(concurrency),
    // Fixed, so both runs send the same 40 chunks (blank would size chunks per concurrency).
    chunkSizeMib: "5",
  });
  return (performance.now() - t0) / 1000;
}

async function main() {
  const sim = await startSimProcess(["--processing-ms", "0", "--latency-ms", "100"]);
  try {
    const connection = simConnection(sim.url, sim.permanentToken);
    const brandId = await firstBrand(sim);
    const one = await timed(connection, brandId, 1);
    const four = await timed(connection, brandId, 4);
    process.stdout.write(
      `default pacer: concurrency 1 ${fmt(one)} s, concurrency 4 ${fmt(four)} s; speed-up ${fmt(one / four, 2)}× (target ≥ 2)\n`,
    );
    const [oneOff, fourOff] = await withPacerOff(async () => [
      await timed(connection, brandId, 1),
      await timed(connection, brandId, 4),
    ]);
    process.stdout.write(
      `pacer off:     concurrency 1 ${fmt(oneOff)} s, concurrency 4 ${fmt(fourOff)} s; speed-up ${fmt(oneOff / fourOff, 2)}×\n`,
    );
    process.exitCode = target(
      one / four >= 2,
      "concurrency 4 is at least 2× faster than 1 (default pacer)",
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
