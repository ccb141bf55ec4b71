/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or the ones named on the command line, e.g.
 * `npm run bench -- fetchAll`) one after another, each in its own process so one bench's pacer,
 * timers and memory never colour the next. A bench prints its figures and exits non-zero when it
 * misses its target; this runner exits non-zero if any did. Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const dir = __dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  process.stderr.write(`No bench matches ${wanted.join(", ") || "bench/*.bench.ts"}.\n`);
  process.exit(2);
}
const tsx = path.join(dir, "..", "node_modules", ".bin", "tsx");
const results: { file: string; ok: boolean; seconds: number }[] = [];
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const started = Date.now();
  const run = spawnSync(tsx, [path.join(dir, file)], { stdio: "inherit" });
  results.push({ file, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}
process.stdout.write("\n=== summary ===\n");
for (const r of results) {
  process.stdout.write(`${r.ok ? "PASS" : "FAIL"}  ${r.file}  (${r.seconds.toFixed(1)} s)\n`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
