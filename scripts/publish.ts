/**
 * `npm run publish -- --component bynder [prism flags…]`: builds that component, then runs
 * `prism components:publish` inside dist/<component>/. prism zips the folder it runs in when it
 * holds an index.js, so one component's upload never carries another's bundle.
 */
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";
import { distDir, ensureBuilt, ROOT, runScript, takeComponent } from "./lib/components";

runScript(() => {
  const { component, rest } = takeComponent(process.argv.slice(2));
  ensureBuilt(component, true);
  const bin = join(ROOT, "node_modules", ".bin");
  const run = spawnSync("prism", ["components:publish", ...rest], {
    cwd: distDir(component),
    stdio: "inherit",
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` },
  });
  if (run.error) throw run.error;
  return run.status ?? 1;
});
