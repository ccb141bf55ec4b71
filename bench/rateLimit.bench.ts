/**
 * The pacer against Bynder's limit, measured on a virtual clock (bench/lib/virtualClock.ts) shared
 * with an in-process simulator that enforces 15 requests per 1-second window: time moves only when
 * every caller waits on the pacer, so the figure is the limiter's, whatever the machine's load.
 * 32 callers send 3,000 requests through a client at Requests Per Second 15. Targets: at least 90 %
 * of the allowed rate, zero failed calls, zero 429s, never more than 15 in any rolling second as
 * the simulator stamped them.
 */
import { startSimulator } from "../simulator/bynder";
import { createBynderClient } from "../src/bynder/client/clientFor";
import { MAX_PER_SECOND, resetPacers } from "../src/core/http/pacer";
import { useVirtualClock } from "./lib/virtualClock";
import { fmt, maxInWindow, simConnection, target } from "./lib/measure";

const REQUESTS = 3_000;
const WINDOW_MS = 1000;
const WORKERS = 32; // callers waiting on the pacer at once
const REAL_BUDGET_MS = 60_000;

async function main() {
  const clock = useVirtualClock(Date.UTC(2026, 0, 1));
  const sim = await startSimulator({
    rateLimit: MAX_PER_SECOND,
    rateWindowMs: WINDOW_MS,
    clock: clock.now,
  });
  resetPacers();
  let failed = 0;
  const connection = simConnection(sim.url, sim.credentials.permanentToken);
  // The pace is the connection's: its Requests Per Second at the cap.
  connection.fields = { ...connection.fields, requestsPerSecond: String(MAX_PER_SECOND) };
  const quiet = () => {};
  const client = createBynderClient(connection, {
    logger: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
  let next = 0;
  const real0 = performance.now();
  // A limiter that lets everything through meets only 429s: stop it in real time, as a failure.
  const inTime = () => performance.now() - real0 < REAL_BUDGET_MS;
  const watchdog = setTimeout(() => {
    target(false, `the run did not finish within ${(2 * REAL_BUDGET_MS) / 1000} s real`);
    process.exit(1);
  }, 2 * REAL_BUDGET_MS);
  watchdog.unref();
  const worker = async () => {
    while (next < REQUESTS && inTime()) {
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
    const before = sim.requests.length;
    const t0 = clock.now();
    await Promise.all(Array.from({ length: WORKERS }, () => clock.worker(worker)));
    const seconds = (clock.now() - t0) / 1000;
    const seen = sim.requests.slice(before);
    const limited = seen.filter((r) => r.status === 429).length;
    // Time stood still for the last request: the run spans (n - 1) intervals of the pace.
    const rate = (seen.length - 1) / seconds;
    const share = rate / (MAX_PER_SECOND / (WINDOW_MS / 1000));
    const peak = maxInWindow(
      seen.map((r) => r.at),
      WINDOW_MS,
    );
    process.stdout.write(
      `${seen.length} requests in ${fmt(seconds)} virtual s (${fmt((performance.now() - real0) / 1000)} s real): ` +
        `${fmt(rate, 2)}/s of ${MAX_PER_SECOND}/s allowed, at most ${peak} in any rolling ${WINDOW_MS} ms at the simulator, ` +
        `${limited} answered 429, ${failed} failed call(s)\n`,
    );
    const ok = [
      target(share >= 0.9, `ratio ${fmt(share, 3)} of the allowed rate (target ≥ 0.90)`),
      target(peak <= MAX_PER_SECOND, `${peak} in any rolling second (target ≤ ${MAX_PER_SECOND})`),
      target(failed === 0 && limited === 0, `${failed} failed, ${limited} 429s (target 0)`),
      target(
        next >= REQUESTS,
        `all ${REQUESTS} requests sent within ${REAL_BUDGET_MS / 1000} s real`,
      ),
    ];
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    clock.restore();
    await sim.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(2);
});
