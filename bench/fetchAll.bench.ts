/**
 * Fetch All at the size a step can hold (Max Items 10,000): the adaptive walk (in flight ≈ the
 * pacer's rate × the measured latency, within a ceiling) against the same walk one page at a time,
 * side by side in one run, each against a simulator in its own process. Targets: Bynder at 500 ms
 * a page ≥ 3×, at 100 ms ≥ 1.5×; Brandfolder at `per` 3000 (4 pages) at 500 ms ≥ 1.8×; never more
 * requests in any rolling second than the pacer's ceiling (at most 15).
 */
import { createConnection } from "@prismatic-io/spectral/dist/testing";
import { createBrandfolderClient } from "../src/brandfolder/client";
import { apiKey } from "../src/brandfolder/connections/apiKey";
import { BRANDFOLDER_PAGING } from "../src/brandfolder/endpoints";
import { resolveIncluded } from "../src/brandfolder/jsonApi";
import { BRANDFOLDER_PACE } from "../src/brandfolder/profile";
import { listAssetsPagination } from "../src/bynder/actions/assets/listAssets";
import { createBynderClient } from "../src/bynder/client/clientFor";
import { BYNDER_PAGING } from "../src/bynder/endpoints";
import { bynderProfile } from "../src/bynder/profile";
import type { Pagination } from "../src/core/actions/actionSpec";
import type { ActionRequest } from "../src/core/actions/buildRequest";
import { fetchAllPages } from "../src/core/actions/fetchAll";
import { resetPacers } from "../src/core/http/pacer";
import type { PageClient } from "../src/core/paging/pageClient";
import type { PagingVendor } from "../src/core/paging/pageShape";
import { fmt, maxInWindow, requestLog, simConnection, target } from "./lib/measure";
import { type SimProcess, startSimProcess } from "./lib/simProcess";

const ASSETS = 10_000;
const log = requestLog();

interface Walk {
  client: () => PageClient;
  vendor: PagingVendor;
  pagination: Pagination<never>;
  request: ActionRequest;
}

/** One Fetch All: a fixed width of 1 (the sequential loop) or, undefined, the adaptive width. */
async function fetchAll(walk: Walk, concurrency: number | undefined) {
  resetPacers(); // each run starts with the same budget
  const run = await log.record(() =>
    fetchAllPages(
      walk.client(),
      walk.vendor,
      "List Assets",
      { ...walk.pagination, concurrency },
      walk.request,
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

/** Sequential, then adaptive, against one simulator; prints one line with ratio and target. */
async function compare(name: string, walk: Walk, goal: number) {
  const sequential = await fetchAll(walk, 1);
  const adaptive = await fetchAll(walk, undefined);
  const ratio = sequential.seconds / adaptive.seconds;
  const ok = target(
    ratio >= goal,
    `${name}: sequential ${fmt(sequential.seconds, 2)} s (${sequential.requests} requests), ` +
      `adaptive ${fmt(adaptive.seconds, 2)} s (${adaptive.requests} requests, at most ${adaptive.peak} in any second): ` +
      `${fmt(ratio, 2)}x (target >= ${goal}x)`,
  );
  return { ok, peak: Math.max(sequential.peak, adaptive.peak) };
}

const bynderWalk = (sim: SimProcess): Walk => ({
  client: () => createBynderClient(simConnection(sim.url, sim.permanentToken)),
  vendor: BYNDER_PAGING,
  // List Assets' own Fetch All description.
  pagination: listAssetsPagination as unknown as Pagination<never>,
  request: { path: "/api/v4/media/", pathParams: {}, query: { total: 1 } },
});

async function brandfolderWalk(sim: SimProcess): Promise<Walk> {
  const key = sim.line.apiKey;
  const res = await fetch(`${sim.url}/api/v4/brandfolders`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  const brand = (
    (await res.json()) as { data: { id: string; attributes: { name: string } }[] }
  ).data.find((b) => b.attributes.name === "Acme Brand");
  if (!brand) throw new Error("the Brandfolder simulator has no Acme Brand");
  return {
    client: () =>
      createBrandfolderClient(createConnection(apiKey, { apiKey: key, apiHost: sim.url })),
    vendor: BRANDFOLDER_PAGING,
    // List Assets' Fetch All, with `per` at Brandfolder's largest (3000) instead of its 500.
    pagination: {
      style: "meta",
      itemsKey: "data",
      pageSize: 3000,
      limitParam: "per",
      fetchAllInput: "fetchAll",
      maxItemsInput: "maxItems",
      noun: "assets",
      pageData: resolveIncluded,
    } as Pagination<never>,
    request: {
      path: "/api/v4/{parent}/{parentId}/assets",
      pathParams: { parent: "brandfolders", parentId: brand.id },
      query: {},
    },
  };
}

async function withSim<T>(flags: string[], fn: (sim: SimProcess) => Promise<T>): Promise<T> {
  const sim = await startSimProcess(flags);
  try {
    return await fn(sim);
  } finally {
    await sim.close();
  }
}

async function main() {
  const seed = ["--seed-assets", String(ASSETS)];
  const n = ASSETS.toLocaleString("en-US");
  const results = [
    await withSim(["--latency-ms", "500", ...seed], (sim) =>
      compare(`Bynder, ${n} assets, 500 ms a page`, bynderWalk(sim), 3),
    ),
    await withSim(["--latency-ms", "100", ...seed], (sim) =>
      compare(`Bynder, ${n} assets, 100 ms a page`, bynderWalk(sim), 1.5),
    ),
    await withSim(["--component", "brandfolder", "--latency-ms", "500", ...seed], async (sim) =>
      compare(`Brandfolder, ${n} assets, per 3000, 500 ms a page`, await brandfolderWalk(sim), 1.8),
    ),
  ];
  // Each pacer's ceiling: its rate plus a burst of half a second's worth, within its host's cap.
  const ceiling = (pace: { perSecond: number; maxInAnySecond: number }) =>
    Math.min(pace.maxInAnySecond, Math.floor(pace.perSecond * 1.5));
  const peaks = [
    {
      name: "Bynder",
      peak: Math.max(results[0].peak, results[1].peak),
      cap: ceiling(bynderProfile.pace),
    },
    { name: "Brandfolder", peak: results[2].peak, cap: ceiling(BRANDFOLDER_PACE) },
  ];
  const ok = results.map((r) => r.ok);
  for (const p of peaks) {
    ok.push(
      target(
        p.peak <= p.cap,
        `${p.name}: at most ${p.peak} requests in any rolling second (ratio ${fmt(p.peak / p.cap, 2)} of the pacer's ceiling ${p.cap}; target <= 1)`,
      ),
    );
  }
  process.exit(ok.every(Boolean) ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(2);
});
