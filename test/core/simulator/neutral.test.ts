import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Convention: the simulator core serves any vendor, and every simulator keeps state in `state`. */
const ROOT = join(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

const VENDOR_FOLDERS = readdirSync(join(ROOT, "simulator"), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== "core")
  .map((e) => e.name);

/** Lines of `file` that name a vendor or import from a vendor's folder. */
function vendorMentions(file: string, text: string): string[] {
  const vendors = new RegExp(`\\b(bynder|brandfolder|${VENDOR_FOLDERS.join("|")})`, "i");
  return text
    .split("\n")
    .map((line, i) => `${relative(ROOT, file)}:${i + 1}: ${line.trim()}`)
    .filter((line) => vendors.test(line.slice(line.indexOf(": ") + 2)));
}

/** Top-level declarations that hold data across requests outside a simulator's state object. */
function moduleState(file: string, text: string): string[] {
  const mutable =
    /^(export )?(let|var) |^(export )?const \w+(:[^=]+)? = (new (Map|WeakMap|Set|WeakSet)\b|\[\]|\{\})/;
  return text
    .split("\n")
    .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}: ${line.trim()}` }))
    .filter(({ line }) => mutable.test(line))
    .map(({ at }) => at);
}

describe("the simulator core is vendor-neutral", () => {
  it("names no vendor and imports nothing from a vendor's folder", () => {
    expect(VENDOR_FOLDERS).toContain("bynder");
    const found = sources(join(ROOT, "simulator/core")).flatMap((f) =>
      vendorMentions(f, readFileSync(f, "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("would catch a vendor's name or import in a core file", () => {
    const file = join(ROOT, "simulator/core/example.ts");
    expect(vendorMentions(file, 'import { x } from "../bynder/state";\n// plain')).toHaveLength(1);
    expect(vendorMentions(file, "/** Brandfolder's envelope */")).toHaveLength(1);
  });
});

describe("every simulator keeps its data in its state object", () => {
  it("has no module-level maps, sets, caches or variables anywhere under simulator/", () => {
    const found = sources(join(ROOT, "simulator")).flatMap((f) =>
      moduleState(f, readFileSync(f, "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("would catch a module-level store", () => {
    const file = join(ROOT, "simulator/bynder/example.ts");
    expect(moduleState(file, "const stores = new WeakMap<SimState, string[]>();")).toHaveLength(1);
    expect(moduleState(file, "let counter = 0;")).toHaveLength(1);
    expect(moduleState(file, "const cache: Record<string, string> = {};")).toHaveLength(1);
    expect(moduleState(file, "  const local = new Map();")).toEqual([]);
  });
});
