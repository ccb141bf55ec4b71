/**
 * The published bundles (dist/<component>/index.js for every component webpack.config.js builds),
 * built as `npm run build` does into a temporary folder: each one's size against the 1.5 MB limit,
 * and the median time to `require` it in fresh Node processes, next to the time to require
 * spectral itself (what every Prismatic component loads at least). Runs alternate, so a busy
 * moment on the machine hits all alike.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { COMPONENTS } from "../scripts/lib/components";
import { fmt, target } from "./lib/measure";

const RUNS = 11;
const MAX_BYTES = 1_500_000;
/** A bundle may take this much longer to load than spectral alone (it carries spectral, zod, axios). */
const MAX_REQUIRE_RATIO = 1.5;
const root = path.join(__dirname, "..");

/** Milliseconds to require `file` in a fresh Node process, and its action count when a component. */
function requireOnce(file: string): { ms: number; actions: number } {
  const script = `const t=process.hrtime.bigint();const m=require(${JSON.stringify(file)});const ms=Number(process.hrtime.bigint()-t)/1e6;process.stdout.write(JSON.stringify({ms,actions:Object.keys(m.default?.actions??{}).length}))`;
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: root });
  if (run.status !== 0) throw new Error(`requiring ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { ms: number; actions: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "bundles-"));
  try {
    execFileSync(path.join(root, "node_modules", ".bin", "webpack"), ["--env", `outDir=${dir}`], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const files: Record<string, string> = {
      spectral: require.resolve("@prismatic-io/spectral"),
    };
    for (const c of COMPONENTS) files[c] = path.join(dir, c, "index.js");
    const times: Record<string, number[]> = {};
    const actions: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      for (const [name, file] of Object.entries(files)) {
        const run = requireOnce(file);
        (times[name] ??= []).push(run.ms);
        actions[name] = run.actions;
      }
    }
    const spectralMs = median(times.spectral);
    process.stdout.write(
      `spectral 10.31 alone: require median ${fmt(spectralMs, 0)} ms over ${RUNS} fresh processes\n`,
    );
    const ok: boolean[] = [];
    for (const c of COMPONENTS) {
      const size = statSync(files[c]).size;
      const ms = median(times[c]);
      process.stdout.write(
        `${c}: ${fmt(size / 1e6, 2)} MB (ratio to the 1.5 MB limit ${fmt(size / MAX_BYTES, 2)}, target ≤ 1.00), ` +
          `require median ${fmt(ms, 0)} ms, ${actions[c]} actions; ratio to spectral's ${fmt(ms / spectralMs, 2)} (target ≤ ${fmt(MAX_REQUIRE_RATIO, 2)})\n`,
      );
      ok.push(
        target(size <= MAX_BYTES && actions[c] > 0, `dist/${c}/index.js ≤ 1.5 MB and loads`),
        target(ms <= spectralMs * MAX_REQUIRE_RATIO, `${c} requires within 1.5× spectral's time`),
      );
    }
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
