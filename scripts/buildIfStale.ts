/**
 * `tsx scripts/buildIfStale.ts [--build]`: builds each component whose bundle is missing or older
 * than a file it is made from (all of them with --build). `npm test` runs it before jest.
 */
import { COMPONENTS, ensureBuilt, runScript } from "./lib/components";

runScript(() => {
  for (const component of COMPONENTS) ensureBuilt(component, process.argv.includes("--build"));
});
