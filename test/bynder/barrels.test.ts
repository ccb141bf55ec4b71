import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import component from "../../src/bynder";

const SRC = join(__dirname, "..", "..", "src", "bynder");
type Kind = "actions" | "dataSources" | "triggers";

/** Keys each `src/<kind>/<area>/index.ts` barrel exports, read from the files themselves. */
function barrelKeys(kind: Kind): { area: string; keys: string[] }[] {
  const root = join(SRC, kind);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "index.ts")))
    .map((d) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const barrel = require(join(root, d.name, "index.ts")) as { default?: object };
      return { area: d.name, keys: Object.keys(barrel.default ?? {}) };
    });
}

/** Keys exported by more than one barrel, with the barrels that export them. */
export function duplicateKeys(barrels: { area: string; keys: string[] }[]): string[] {
  const owners = new Map<string, string[]>();
  for (const { area, keys } of barrels) {
    for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), area]);
  }
  return [...owners]
    .filter(([, areas]) => areas.length > 1)
    .map(([k, a]) => `${k} (${a.join(", ")})`);
}

describe.each<Kind>(["actions", "dataSources", "triggers"])("the %s barrels", (kind) => {
  const barrels = barrelKeys(kind);

  it("never export the same key twice (the spread would silently keep only the last)", () => {
    expect(duplicateKeys(barrels)).toEqual([]);
  });

  it("are all part of the component, each key once", () => {
    const all = barrels.flatMap((b) => b.keys).sort();
    expect(Object.keys(component[kind] ?? {}).sort()).toEqual(all);
  });
});

describe("the duplicate check itself", () => {
  it("names a key two barrels export, with both barrels", () => {
    const found = duplicateKeys([
      { area: "assets", keys: ["getAsset", "listAssets"] },
      { area: "media", keys: ["getAsset"] },
    ]);
    expect(found).toEqual(["getAsset (assets, media)"]);
  });
});
