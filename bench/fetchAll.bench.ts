/**
 * Fetch All over 50,000 assets: the concurrent walk (4 pages in flight, through the pacer) against
 * a one-page-at-a-time loop, side by side in one run, at 500 ms and 20 ms simulated latency per
 * request. Target: at 500 ms, at least 3x faster, and never more requests in any rolling second
 * than the pacer allows (its rate plus its burst, at most 15).
 */
import { createBynderClient } from "../src/bynder/client/clientFor";
import { DEFAULT_RATE_PER_SECOND, MAX_PER_SECOND, resetPacers } from "../src/core/http/pacer";
import type { Pagination } from "../src/core/actions/actionSpec";
import { listAssetsPagination } from "../src/bynder/actions/assets/listAssets";
import { fetchAllPages } from "../src/core/actions/fetchAll";
import { BYNDER_PAGING } from "../src/bynder/endpoints";
import { startSimProcess } from "./lib/simProcess";
import { fmt, maxInWindow, requestLog, simConnection, target } from "./lib/measure";

const ASSETS = 50_000;
const log = requestLog();

async function fetchAll(url: string, token: string, concurrency: number) {
  resetPacers(); // each run starts with the same budget
  // The default pace (DEFAULT_RATE_PER_SECOND): the connection's Requests Per Second left blank.
  const client = createBynderClient(simConnection(url, token));
  const run = await log.record(() =>
    fetchAllPages(
      client,
      BYNDER_PAGING,
      "List Assets",
      // List Assets' own Fetch All description, with the item cap raised for this bench only.
      { ...listAssetsPagination, concurrency } as unknown as Pagination<never>,
      { path: "/api/v4/media/", pathParams: {}, query: { total: 1 } },
      { maxItems: ASSETS } as never,
    ),
  );
  const data = run.value as { fetched: number; complete: boolean };
  if (data.fetched !== ASSETS || !data.complete) {
    throw new Error(
      `expected all ${ASSETS} assets, got ${data.fetched} (complete: ${data.complete})`,
    );
  }
  return { seconds: run.ms / 1000, requests: run.starts.length, peak: maxInWindow(run.starts) };
}

async function compare(latencyMs: number) {
  const sim = await startSimProcess([
    "--latency-ms",
    String(latencyMs),
    "--seed-assets",
    String(ASSETS),
  ]);
  try {
    const sequential = await fetchAll(sim.url, sim.permanentToken, 1);
    const concurrent = await fetchAll(sim.url, sim.permanentToken, 4);
    const ratio = sequential.seconds / concurrent.seconds;
    process.stdout.write(
      `${latencyMs} ms/request: sequential ${fmt(sequential.seconds)} s (${sequential.requests} requests), ` +
        `concurrent ${fmt(concurrent.seconds)} s (${concurrent.requests} requests, at most ${concurrent.peak} in any second): ${fmt(ratio, 2)}x\n`,
    );
    return { ratio, peak: Math.max(sequential.peak, concurrent.peak) };
  } finally {
    await sim.close();
  }
}

async function main() {
  const slow = await compare(500);
  const fast = await compare(20);
  // The pacer's own ceiling: its rate plus a burst of half a second's worth, never above 15.
  const allowed = Math.min(MAX_PER_SECOND, DEFAULT_RATE_PER_SECOND * 1.5);
  const ok = [
    target(
      slow.ratio >= 3,
      `Fetch All of ${ASSETS.toLocaleString("en-US")} assets at 500 ms latency is ${fmt(slow.ratio, 2)}x a sequential loop (target >= 3x)`,
    ),
    target(
      Math.max(slow.peak, fast.peak) <= allowed,
      `at most ${Math.max(slow.peak, fast.peak)} requests in any rolling second (pacer: ${DEFAULT_RATE_PER_SECOND}/s, ceiling ${allowed})`,
    ),
  ];
  process.stdout.write(`(20 ms latency: ${fmt(fast.ratio, 2)}x; informative)\n`);
  process.exit(ok.every(Boolean) ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(2);
});
