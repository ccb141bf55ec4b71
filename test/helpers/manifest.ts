import type { Manifest } from "../../scripts/lib/manifest";

export interface ComponentInput {
  key: string;
  type: string;
  required?: boolean;
  default?: unknown;
  collection?: string;
  shown?: boolean;
}
export interface ComponentEntry {
  key?: string;
  inputs?: ComponentInput[];
}
/** A built component as the manifest generator reads it. */
export interface BuiltForManifest {
  key: string;
  public: boolean;
  actions: Record<string, ComponentEntry>;
  triggers?: Record<string, ComponentEntry>;
  dataSources?: Record<string, ComponentEntry>;
  connections: (ComponentEntry & { key: string })[];
}

type Kind = "actions" | "triggers" | "connections" | "dataSources";
const KINDS: Kind[] = ["actions", "triggers", "connections", "dataSources"];

function entries(component: BuiltForManifest, kind: Kind): [string, ComponentEntry][] {
  return kind === "connections"
    ? component.connections.map((c) => [c.key, c])
    : Object.entries(component[kind] ?? {});
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

/** Every difference between a manifest and its component: missing entries, inputs, types. */
export function manifestMismatches(manifest: Manifest, component: BuiltForManifest): string[] {
  const out: string[] = [];
  if (manifest.key !== component.key) out.push(`key ${manifest.key}`);
  if (manifest.public !== component.public) out.push("public flag");
  for (const kind of KINDS) {
    const listed = manifest[kind] ?? {};
    const expected = entries(component, kind);
    const extra = Object.keys(listed).filter((k) => !expected.some(([key]) => key === k));
    if (extra.length) out.push(`${kind}: unknown ${extra.join(", ")}`);
    for (const [key, entry] of expected) {
      const got = listed[key];
      if (!got || got.key !== key) {
        out.push(`${kind}.${key} missing`);
        continue;
      }
      const inputs = (entry.inputs ?? []).filter((i) => i.shown !== false);
      const gotKeys = Object.keys(got.inputs ?? {});
      if (gotKeys.join() !== inputs.map((i) => i.key).join())
        out.push(`${kind}.${key} inputs ${gotKeys.join()} ≠ ${inputs.map((i) => i.key).join()}`);
      for (const input of inputs) {
        const g = got.inputs?.[input.key];
        if (!g) continue;
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
        const want = expectedInput(input);
        if (JSON.stringify(have) !== JSON.stringify(want))
          out.push(
            `${kind}.${key}.${input.key}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`,
          );
      }
    }
  }
  return out;
}
