/**
 * 20,000 requests against the simulator's rate limiter, scaled down in time: Bynder allows 4,500
 * requests per 5 minutes (15 a second) per address; here the simulator allows 500 per 1-second
 * window and the client's clock runs 500/15 times faster (bench/lib/scaledClock.ts), so the pacer,
 * configured to Bynder's 15 a second, spends exactly the same budget. Target: at least 90 % of the
 * allowed rate, zero failed calls.
 */
import { createBynderClient } from "../src/bynder/client/clientFor";
import { MAX_PER_SECOND, resetPacers } from "../src/core/http/pacer";
import { useScaledClock } from "./lib/scaledClock";
import { startSimProcess } from "./lib/simProcess";
import { fmt, maxInWindow, requestLog, simConnection, target } from "./lib/measure";

const REQUESTS = 20_000;
const LIMIT = 500; // per window, at the simulator
const WINDOW_MS = 1000;
const WORKERS = 32; // callers waiting on the pacer at once
const SCALE = (LIMIT * 1000) / WINDOW_MS / MAX_PER_SECOND; // real rate / Bynder's rate

async function main() {
  const sim = await startSimProcess([
    "--rate-limit",
    String(LIMIT),
    "--rate-window-ms",
    String(WINDOW_MS),
  ]);
  const restore = useScaledClock(SCALE);
  resetPacers();
  let pauses = 0;
  let failed = 0;
  const warn = (...args: unknown[]) => {
    const line = String(args[0]);
    if (line.includes("rate limit")) pauses += 1;
  };
  const connection = simConnection(sim.url, sim.permanentToken);
  // The pace is the connection's: its Requests Per Second at the cap.
  connection.fields = { ...connection.fields, requestsPerSecond: String(MAX_PER_SECOND) };
  const client = createBynderClient(connection, {
    logger: { debug: () => {}, info: () => {}, warn, error: () => {} },
  });
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      try {
        await client.request({ method: "GET", path: "/api/v4/account" });
      } catch (err) {
        failed += 1;
        if (failed <= 3) process.stderr.write(`${(err as Error).message}\n`);
      }
    }
  };
  try {
    const run = await requestLog().record(() =>
      Promise.all(Array.from({ length: WORKERS }, worker)),
    );
    const seconds = run.ms / 1000;
    const rate = run.starts.length / seconds;
    const share = rate / (LIMIT / (WINDOW_MS / 1000));
    process.stdout.write(
      `${run.starts.length} requests in ${fmt(seconds)} s: ${fmt(rate, 0)}/s of ${LIMIT}/s allowed (${fmt(share * 100)} %), ` +
        `at most ${maxInWindow(run.starts, WINDOW_MS)} in any rolling ${WINDOW_MS} ms, ${pauses} rate-limit pause(s), ${failed} failed call(s)\n`,
    );
    const ok = [
      target(share >= 0.9, `${fmt(share * 100)} % of the allowed rate (target >= 90 %)`),
      target(failed === 0, `${failed} failed calls (target 0)`),
    ];
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    restore();
    await sim.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(2);
});
