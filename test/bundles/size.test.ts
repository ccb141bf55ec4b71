import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { COMPONENTS } from "../../scripts/lib/components";

/** The published bundles (dist/<component>/index.js), as `npm run build` leaves them. */
const root = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the stand-ins are CommonJS
const load = (path: string): unknown => require(path);
const MAX_BYTES = 1_500_000;

describe("the published bundles", () => {
  it.each(COMPONENTS)("dist/%s/index.js stays within 1.5 MB", (name) => {
    const file = join(root, "dist", name, "index.js");
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` (npm test does it for you).`);
    const size = statSync(file).size;
    // A self-contained bundle: a new heavy import shows here (webpack stats say which).
    expect({ name, size, withinLimit: size <= MAX_BYTES }).toEqual({
      name,
      size,
      withinLimit: true,
    });
  });

  it("the date-fns stand-in has every function spectral's conditional logic takes from the index", () => {
    // webpack.config.js swaps the date-fns index for scripts/bundle/dateFns.js: a spectral release
    // that uses one more function must fail here, not at run time.
    const source = readFileSync(
      require.resolve("@prismatic-io/spectral/dist/conditionalLogic/index.js"),
      "utf8",
    );
    const used = [...new Set([...source.matchAll(/date_fns_1\)?\.(\w+)/g)].map((m) => m[1]))];
    expect(used.length).toBeGreaterThan(0);
    const standIn = load(join(root, "scripts", "bundle", "dateFns.js")) as Record<string, unknown>;
    for (const fn of used) expect([fn, typeof standIn[fn]]).toEqual([fn, "function"]);
  });

  it("zod loads its English messages itself, so the locale stand-in only needs `en`", () => {
    const zod = join(root, "node_modules", "zod", "v4");
    const schemas = readFileSync(join(zod, "classic", "schemas.cjs"), "utf8");
    expect(schemas).toMatch(/require\("\.\.\/locales\/en\.cjs"\)/);
    const standIn = load(join(root, "scripts", "bundle", "zodLocales.js")) as { en: unknown };
    expect(standIn.en).toBe(load(join(zod, "locales", "en.cjs")));
  });
});
