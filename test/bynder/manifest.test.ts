import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadManifest, type Manifest, runGenerator, ROOT } from "../../scripts/lib/manifest";

import { type BuiltForManifest, manifestMismatches } from "../helpers/manifest";

// The built bundle is what the generator reads and what gets published (npm test builds it first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const component = require(join(ROOT, "dist", "bynder", "index.js"))
  .default as Required<BuiltForManifest>;
const mismatches = (manifest: Manifest) => manifestMismatches(manifest, component);

describe("code-native component manifest (spectral's component-manifest generator)", () => {
  const dir = mkdtempSync(join(tmpdir(), "bynder-manifest-"));
  let manifest: Manifest;

  beforeAll(() => {
    const run = runGenerator("bynder", ["--output-dir", dir]);
    if (run.status !== 0) throw new Error(`component-manifest failed:\n${run.output}`);
    manifest = loadManifest(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists every action, trigger, connection and data source with its inputs", () => {
    expect(Object.keys(manifest.actions).length).toBe(Object.keys(component.actions).length);
    expect(Object.keys(manifest.triggers).length).toBe(Object.keys(component.triggers).length);
    expect(Object.keys(manifest.connections).length).toBe(component.connections.length);
    expect(Object.keys(manifest.dataSources).length).toBe(
      Object.keys(component.dataSources).length,
    );
    expect(mismatches(manifest)).toEqual([]);
  });

  it("carries the offline signature (the SHA-1 of dist/bynder/) and the picklist data sources", () => {
    expect(manifest.signature).toMatch(/^[0-9a-f]{40}$/);
    for (const source of Object.values(manifest.dataSources))
      expect(source.dataSourceType).toBe("picklist");
  });

  it("the comparison notices a missing action, input or changed type", () => {
    const [action] = Object.keys(manifest.actions);
    const { [action]: _dropped, ...fewer } = manifest.actions;
    expect(mismatches({ ...manifest, actions: fewer })).toEqual([`actions.${action} missing`]);

    const [source, entry] = Object.entries(manifest.dataSources)[0];
    const { connection: _c, ...inputs } = entry.inputs;
    expect(
      mismatches({
        ...manifest,
        dataSources: { ...manifest.dataSources, [source]: { ...entry, inputs } },
      }),
    ).toHaveLength(1);

    const [conn, c] = Object.entries(manifest.connections)[0];
    const [inputKey] = Object.keys(c.inputs);
    const retyped = { ...c.inputs, [inputKey]: { ...c.inputs[inputKey], inputType: "boolean" } };
    expect(
      mismatches({
        ...manifest,
        connections: { ...manifest.connections, [conn]: { ...c, inputs: retyped } },
      }),
    ).toHaveLength(1);
  });
});
