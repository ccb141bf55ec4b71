import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadManifest, type Manifest, runGenerator, ROOT } from "../../scripts/lib/manifest";
import { type BuiltForManifest, manifestMismatches } from "../helpers/manifest";

// The built bundle is what the generator reads and what gets published (npm test builds it first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const component = require(join(ROOT, "dist", "brandfolder", "index.js"))
  .default as BuiltForManifest;

describe("the Brandfolder bundle's code-native manifest", () => {
  const dir = mkdtempSync(join(tmpdir(), "brandfolder-manifest-"));
  let manifest: Manifest;

  beforeAll(() => {
    const run = runGenerator("brandfolder", ["--output-dir", dir]);
    if (run.status !== 0) throw new Error(`component-manifest failed:\n${run.output}`);
    manifest = loadManifest(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is the brandfolder component, never Bynder's, with every action and the API Key connection", () => {
    expect(manifest.key).toBe("brandfolder");
    expect(Object.keys(manifest.actions).sort()).toEqual(Object.keys(component.actions).sort());
    expect(Object.keys(manifest.connections)).toEqual(["apiKey"]);
    expect(manifestMismatches(manifest, component)).toEqual([]);
  });

  it("carries the offline signature of dist/brandfolder/", () => {
    expect(manifest.signature).toMatch(/^[0-9a-f]{40}$/);
  });

  it("the comparison notices a missing action", () => {
    const [action] = Object.keys(manifest.actions);
    const { [action]: _dropped, ...fewer } = manifest.actions;
    expect(manifestMismatches({ ...manifest, actions: fewer }, component)).toEqual([
      `actions.${action} missing`,
    ]);
  });
});
