import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadManifest, type Manifest, runGenerator, ROOT } from "../../scripts/lib/manifest";

interface ComponentInput {
  key: string;
  type: string;
  required?: boolean;
  default?: unknown;
  collection?: string;
  shown?: boolean;
}
interface ComponentEntry {
  key?: string;
  inputs?: ComponentInput[];
}

// The built bundle is what the generator reads and what gets published (npm test builds it first).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const component = require(join(ROOT, "dist", "bynder", "index.js")).default as {
  key: string;
  public: boolean;
  actions: Record<string, ComponentEntry>;
  triggers: Record<string, ComponentEntry>;
  dataSources: Record<string, ComponentEntry>;
  connections: (ComponentEntry & { key: string })[];
};

type Kind = "actions" | "triggers" | "connections" | "dataSources";
const KINDS: Kind[] = ["actions", "triggers", "connections", "dataSources"];

function entries(kind: Kind): [string, ComponentEntry][] {
  return kind === "connections"
    ? component.connections.map((c) => [c.key, c])
    : Object.entries(component[kind]);
}

/** What the manifest must say about one input, from the component definition. */
function expectedInput(input: ComponentInput) {
  const hasDefault = input.default !== undefined && input.default !== null && input.default !== "";
  return {
    inputType: input.type,
    required: Boolean(input.required && !hasDefault),
    default: hasDefault
      ? typeof input.default === "string"
        ? input.default
        : JSON.stringify(input.default)
      : undefined,
    collection: input.collection,
  };
}

/** Every difference between the manifest and the component: missing entries, inputs, types. */
function mismatches(manifest: Manifest): string[] {
  const out: string[] = [];
  if (manifest.key !== component.key) out.push(`key ${manifest.key}`);
  if (manifest.public !== component.public) out.push("public flag");
  for (const kind of KINDS) {
    const listed = manifest[kind] ?? {};
    const expected = entries(kind);
    const extra = Object.keys(listed).filter((k) => !expected.some(([key]) => key === k));
    if (extra.length) out.push(`${kind}: unknown ${extra.join(", ")}`);
    for (const [key, entry] of expected) {
      const got = listed[key];
      if (!got || got.key !== key) {
        out.push(`${kind}.${key} missing`);
        continue;
      }
      // Spectral leaves hidden inputs out of manifests; this component has none to hide.
      const inputs = (entry.inputs ?? []).filter((i) => i.shown !== false);
      const gotKeys = Object.keys(got.inputs ?? {});
      if (gotKeys.join() !== inputs.map((i) => i.key).join())
        out.push(`${kind}.${key} inputs ${gotKeys.join()} ≠ ${inputs.map((i) => i.key).join()}`);
      for (const input of inputs) {
        const g = got.inputs?.[input.key];
        if (!g) continue;
        const want = expectedInput(input);
        const have = {
          inputType: g.inputType,
          required: Boolean(g.required),
          // Spectral writes an absent default as `` (or [] for a list): both mean "none".
          default:
            g.default === "" || (Array.isArray(g.default) && !g.default.length)
              ? undefined
              : g.default,
          collection: g.collection,
        };
        if (JSON.stringify(have) !== JSON.stringify(want))
          out.push(
            `${kind}.${key}.${input.key}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`,
          );
      }
    }
  }
  return out;
}

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
