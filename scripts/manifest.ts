/**
 * `npm run manifest [-- --component bynder] [-- --output-dir <dir>] [-- --name <package>]`:
 * builds the code-native component manifest from dist/<component>/index.js with spectral's own
 * generator, offline, building the bundle first when a source is newer (or with --build).
 * Without --output-dir it writes `manifests/<component>/` in this repository (gitignored).
 */
import { ensureBuilt, runScript, takeComponent } from "./lib/components";
import { runGenerator } from "./lib/manifest";

runScript(() => {
  const { component, rest } = takeComponent(process.argv.slice(2));
  ensureBuilt(component, rest.includes("--build"));
  const result = runGenerator(
    component,
    rest.filter((arg) => arg !== "--build"),
  );
  process.stdout.write(result.output.endsWith("\n") ? result.output : `${result.output}\n`);
  return result.status;
});
