import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { actionsMarkdown } from "./lib/actionsTable";

const target = join(__dirname, "..", "docs", "actions.md");
writeFileSync(target, actionsMarkdown());
process.stdout.write(`wrote ${target}\n`);
