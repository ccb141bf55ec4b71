/**
 * Copies where each operation of Bynder's official OpenAPI files takes its fields (query parameter
 * names, request body content types and property names) into test/fixtures/openapiRequests.json,
 * so the contract tests can check every action's request against it without the files (CI has
 * none). Operations that several files describe are merged. Facts only, never prose.
 *
 *   npx tsx scripts/openapiRequests.ts [dir]   (dir defaults to ../shared/reference/bynder-openapi)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { oneLinePerKey, writeJsonFixture } from "./lib/jsonFixture";

type Node = Record<string, unknown>;

export interface OperationPlaces {
  /** Names of the `in: query` parameters. */
  query: string[];
  /** Request body content types and top-level property names; null when there is no body. */
  body: { types: string[]; fields: string[] } | null;
}

const METHODS = ["get", "post", "put", "patch", "delete"];

function deref(node: Node | undefined, doc: Node): Node | undefined {
  const ref = node?.$ref as string | undefined;
  if (!ref) return node;
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((n, key) => (n as Node)?.[key], doc) as Node | undefined;
  return deref(target, doc);
}

/** Top-level property names of a schema, through $ref and allOf/anyOf/oneOf. */
function fieldsOf(schema: Node | undefined, doc: Node, depth = 0): string[] {
  const s = deref(schema, doc);
  if (!s || depth > 5) return [];
  const own = Object.keys((s.properties as Node | undefined) ?? {});
  const parts = ["allOf", "anyOf", "oneOf"].flatMap((k) => (s[k] as Node[] | undefined) ?? []);
  return [...own, ...parts.flatMap((p) => fieldsOf(p, doc, depth + 1))];
}

export function extract(dir: string): Record<string, OperationPlaces> {
  const out: Record<string, OperationPlaces> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith("-openapi.json"))
    .sort()) {
    const doc = JSON.parse(readFileSync(join(dir, file), "utf8")) as Node;
    for (const [path, item] of Object.entries((doc.paths as Record<string, Node>) ?? {})) {
      for (const method of METHODS) {
        const op = item[method] as Node | undefined;
        if (!op) continue;
        const params = [
          ...((item.parameters as Node[]) ?? []),
          ...((op.parameters as Node[]) ?? []),
        ].map((p) => deref(p, doc) ?? {});
        const query = params.filter((p) => p.in === "query").map((p) => String(p.name));
        const requestBody = deref(op.requestBody as Node | undefined, doc);
        const content = (requestBody?.content as Record<string, Node> | undefined) ?? undefined;
        const body = content
          ? {
              types: Object.keys(content),
              fields: Object.values(content).flatMap((c) => fieldsOf(c.schema as Node, doc)),
            }
          : null;
        const key = `${method.toUpperCase()} ${path}`;
        const seen = out[key];
        out[key] = seen ? merge(seen, { query, body }) : { query, body };
      }
    }
  }
  for (const places of Object.values(out)) {
    places.query = [...new Set(places.query)].sort();
    if (places.body) {
      places.body.types = [...new Set(places.body.types)].sort();
      places.body.fields = [...new Set(places.body.fields)].sort();
    }
  }
  return out;
}

function merge(a: OperationPlaces, b: OperationPlaces): OperationPlaces {
  const body =
    a.body || b.body
      ? {
          types: [...(a.body?.types ?? []), ...(b.body?.types ?? [])],
          fields: [...(a.body?.fields ?? []), ...(b.body?.fields ?? [])],
        }
      : null;
  return { query: [...a.query, ...b.query], body };
}

async function main() {
  const root = resolve(__dirname, "..");
  const dir = resolve(root, process.argv[2] ?? "../shared/reference/bynder-openapi");
  const out = join(root, "test", "fixtures", "openapiRequests.json");
  const operations = extract(dir);
  const entries = Object.entries(operations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await writeJsonFixture(out, oneLinePerKey(entries));
  console.log(`wrote ${Object.keys(operations).length} operations from ${dir} to ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
