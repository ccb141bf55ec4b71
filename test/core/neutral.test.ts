import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const VENDORS = ["bynder", "brandfolder"];

/** What makes one core file vendor-specific: an import of a vendor folder, or a vendor's name. */
export function violations(text: string): string[] {
  const found: string[] = [];
  const imports = text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g);
  for (const [, target] of imports) {
    const parts = target.split("/");
    const vendor = parts.find((p) => VENDORS.includes(p.toLowerCase()));
    if (vendor) found.push(`imports from the vendor folder "${target}"`);
  }
  text.split("\n").forEach((line, i) => {
    const name = new RegExp(VENDORS.join("|"), "i").exec(line);
    if (name) found.push(`line ${i + 1} names "${name[0]}": ${line.trim()}`);
  });
  return found;
}

function coreFiles(dir = join(ROOT, "src", "core")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? coreFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("the core knows no vendor", () => {
  it("spots an import of a vendor folder and a vendor's name in code, comments or messages", () => {
    expect(violations('import { x } from "../../bynder/client/clientFor";')).toHaveLength(2);
    expect(violations('const m = await import("../brandfolder/profile");')[0]).toMatch(
      /vendor folder/,
    );
    expect(violations("// read the way BYNDER pages")).toEqual([
      'line 1 names "BYNDER": // read the way BYNDER pages',
    ]);
    expect(violations("throw new Error(`Brandfolder said no`);")).toHaveLength(1);
    expect(violations('import { paginate } from "../paging/paginate"; // the API pages')).toEqual(
      [],
    );
  });

  it("no file under src/core imports a vendor folder or names a vendor", () => {
    const files = coreFiles().map((f) => relative(ROOT, f).split("\\").join("/"));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) =>
      violations(readFileSync(join(ROOT, f), "utf8")).map((v) => `${f}: ${v}`),
    );
    expect(found).toEqual([]);
  });
});
