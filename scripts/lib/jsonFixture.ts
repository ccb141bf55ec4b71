import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** JSON text with one line per entry, for prettier to wrap what is too long: compact and lint-clean. */
export const oneLinePerKey = (entries: [string, unknown][]): string =>
  `{\n${entries.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(",\n")}\n}\n`;

/**
 * Writes JSON text to `out` as the repository's prettier formats it, creating its folder. Prettier
 * is loaded here only: it breaks under jest, and tests import the scripts that call this.
 */
export async function writeJsonFixture(out: string, json: string): Promise<void> {
  const { format, resolveConfig } = await import("prettier");
  const options = { ...(await resolveConfig(out)), parser: "json" };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await format(json, options));
}
