/**
 * Runs the fault suite (test/bynder/faults) and prints its fault × outcome table.
 *   npm run test:faults             run it and print the observed table
 *   npm run test:faults -- --write  also put the table in docs/bynder/faults.md
 *   npm run test:faults -- --component brandfolder [--write]   the same for Brandfolder's suite
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScriptError, takeComponent } from "./lib/components";

const root = join(__dirname, "..");
let vendor: string;
try {
  vendor = takeComponent(process.argv.slice(2)).component;
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(e instanceof ScriptError ? e.code : 1);
}
const doc = join(root, "docs", vendor, "faults.md");
const START = "<!-- fault-table:start -->";
const END = "<!-- fault-table:end -->";

const out = join(mkdtempSync(join(tmpdir(), "faults-")), "table.md");
const jest = spawnSync(
  join(root, "node_modules", ".bin", "jest"),
  [`test/${vendor}/faults`, "--silent"],
  {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, FAULTS_TABLE_OUT: out },
  },
);

let table: string;
try {
  table = readFileSync(out, "utf8");
} catch {
  process.stderr.write("The fault suite did not produce a table (it failed to start).\n");
  process.exit(jest.status || 1);
}
process.stdout.write(`\n${table}\n`);

if (process.argv.includes("--write")) {
  const text = readFileSync(doc, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${doc} has no ${START} … ${END} block.`);
  writeFileSync(doc, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
  spawnSync(join(root, "node_modules", ".bin", "prettier"), ["--write", doc], { cwd: root });
  process.stdout.write(`wrote ${doc}\n`);
}
process.exit(jest.status ?? 1);
