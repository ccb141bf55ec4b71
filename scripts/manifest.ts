/**
 * `npm run manifest [-- --output-dir <dir>] [-- --name <package>]`: builds the code-native
 * component manifest from dist/index.js with spectral's own generator, offline. Without
 * --output-dir spectral writes the package next to this folder (`../<folder>-manifest`).
 */
import { runGenerator } from "./lib/manifest";

const result = runGenerator(process.argv.slice(2));
process.stdout.write(result.output.endsWith("\n") ? result.output : `${result.output}\n`);
process.exitCode = result.status;
