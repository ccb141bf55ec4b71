/**
 * `npm run docs [-- --component bynder] [-- --build]`: regenerates docs/<component>/actions.md
 * from the built bundle, building it first when a source is newer.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { actionsMarkdown } from "./lib/actionsTable";
import { ensureBuilt, ROOT, runScript, takeComponent } from "./lib/components";

runScript(() => {
  const { component, rest } = takeComponent(process.argv.slice(2));
  ensureBuilt(component, rest.includes("--build"));
  const target = join(ROOT, "docs", component, "actions.md");
  writeFileSync(target, actionsMarkdown(component));
  process.stdout.write(`wrote ${target}\n`);
});
