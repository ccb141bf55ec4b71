/**
 * The published Bynder bundle (dist/bynder): builds it minified (as `npm run build` does) and unminified side by side,
 * then prints each one's size and the median time to `require` it in fresh processes. Targets: the
 * minified bundle is under 2 MB, at most half the unminified one, loads every action, and is
 * required no slower than the unminified one (10 % noise allowed).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fmt, target } from "./lib/measure";

const RUNS = 11;
const root = path.join(__dirname, "..");
const COMPONENT = "bynder";

function build(outDir: string, unminified: boolean): void {
  const args = ["--env", `outDir=${outDir}`, "--env", `component=${COMPONENT}`];
  if (unminified) args.push("--env", "unminified");
  execFileSync(path.join(root, "node_modules", ".bin", "webpack"), args, {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Milliseconds to require the bundle in a fresh Node process, plus its action count. */
function requireOnce(file: string): { ms: number; actions: number } {
  const script = `const t=process.hrtime.bigint();const c=require(${JSON.stringify(file)}).default;const ms=Number(process.hrtime.bigint()-t)/1e6;process.stdout.write(JSON.stringify({ms,actions:Object.keys(c.actions).length}))`;
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`requiring ${file} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { ms: number; actions: number };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "bynder-bundle-"));
  try {
    const files = { minified: path.join(dir, "min"), unminified: path.join(dir, "full") };
    build(files.minified, false);
    build(files.unminified, true);
    const times = { minified: [] as number[], unminified: [] as number[] };
    let actions = { minified: 0, unminified: 0 };
    // Alternated, so a busy moment on the machine hits both builds alike.
    for (let i = 0; i < RUNS; i++) {
      for (const kind of ["minified", "unminified"] as const) {
        const run = requireOnce(path.join(files[kind], COMPONENT, "index.js"));
        times[kind].push(run.ms);
        actions = { ...actions, [kind]: run.actions };
      }
    }
    const size = (kind: keyof typeof files) =>
      statSync(path.join(files[kind], COMPONENT, "index.js")).size;
    const mb = (bytes: number) => `${fmt(bytes / 1e6, 2)} MB`;
    const min = { size: size("minified"), ms: median(times.minified) };
    const full = { size: size("unminified"), ms: median(times.unminified) };
    process.stdout.write(
      `minified:   ${mb(min.size)}, require median ${fmt(min.ms, 0)} ms over ${RUNS} fresh processes, ${actions.minified} actions\n` +
        `unminified: ${mb(full.size)}, require median ${fmt(full.ms, 0)} ms over ${RUNS} fresh processes, ${actions.unminified} actions\n` +
        `size ratio ${fmt(min.size / full.size, 2)}, require-time ratio ${fmt(min.ms / full.ms, 2)}\n`,
    );
    const ok = [
      target(min.size < 2e6, `minified bundle ${mb(min.size)} (target < 2 MB)`),
      target(min.size <= full.size / 2, `at most half the unminified ${mb(full.size)}`),
      target(
        actions.minified > 0 && actions.minified === actions.unminified,
        `both builds load all ${actions.minified} actions`,
      ),
      target(min.ms <= full.ms * 1.1, `require no slower than the unminified build`),
    ];
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
