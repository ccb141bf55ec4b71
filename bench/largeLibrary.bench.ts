/**
 * A library beyond one step's result (Fetch All stops at Max Items, 10,000): 100,000 Bynder assets
 * walked the way a Prismatic loop does it, one List Assets step per page of 1000, each asking for
 * the `nextPage` the previous step named until `hasMore` is false. Targets: every asset read
 * exactly once, no request beyond the pages plus the one empty page that ends the walk, and never
 * more requests in any rolling second than the pacer's ceiling (15). Time is informative: a loop is
 * one page at a time, so it runs at the latency, not at the pacer's rate.
 */
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../src/bynder";
import { resetPacers } from "../src/core/http/pacer";
import { bynderProfile } from "../src/bynder/profile";
import { fmt, maxInWindow, requestLog, simConnection, target } from "./lib/measure";
import { startSimProcess } from "./lib/simProcess";

const ASSETS = 100_000;
const LIMIT = 1000;
const LATENCY_MS = 100;
const harness = createHarness(component);

async function main() {
  const sim = await startSimProcess([
    "--latency-ms",
    String(LATENCY_MS),
    "--seed-assets",
    String(ASSETS),
  ]);
  try {
    resetPacers();
    const connection = simConnection(sim.url, sim.permanentToken);
    const seen = new Set<string>();
    let read = 0;
    let steps = 0;
    const run = await requestLog().record(async () => {
      for (let page: number | null = 1; page !== null; steps++) {
        const { data } = (await harness.action("listAssets", {
          connection,
          fetchAll: "false",
          page: String(page),
          limit: String(LIMIT),
        })) as { data: { media: { id: string }[]; nextPage: number | null; hasMore: boolean } };
        for (const asset of data.media) seen.add(asset.id);
        read += data.media.length;
        page = data.hasMore ? data.nextPage : null;
      }
    });
    const seconds = run.ms / 1000;
    const minimum = Math.ceil(ASSETS / LIMIT) + 1;
    const peak = maxInWindow(run.starts);
    const cap = Math.min(bynderProfile.pace.maxInAnySecond, bynderProfile.pace.perSecond * 1.5);
    const n = ASSETS.toLocaleString("en-US");
    process.stdout.write(
      `${n} assets at ${LATENCY_MS} ms a page, ${steps} List Assets steps of ${LIMIT}: ${fmt(seconds, 1)} s, ` +
        `${Math.round(read / seconds).toLocaleString("en-US")} assets/s (informative)\n`,
    );
    const ok = [
      target(
        seen.size === ASSETS && read === ASSETS,
        `read ${seen.size.toLocaleString("en-US")} distinct of ${n} (${read.toLocaleString("en-US")} in all): ratio ${fmt(seen.size / ASSETS, 3)} (target 1.000, each once)`,
      ),
      target(
        run.starts.length <= minimum,
        `${run.starts.length} requests for ${minimum - 1} pages and the empty one that ends the walk: ratio ${fmt(run.starts.length / minimum, 2)} (target <= 1)`,
      ),
      target(
        peak <= cap,
        `at most ${peak} requests in any rolling second: ratio ${fmt(peak / cap, 2)} of the pacer's ceiling ${cap} (target <= 1)`,
      ),
    ];
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    await sim.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(2);
  },
);
