/**
 * Copies the structure of Brandfolder's official OpenAPI (paths, parameters, request body schemas
 * and the 2xx response schemas; never prose) into test/fixtures/brandfolder/openapi.json, so the
 * contract tests can check every request against it without the file (CI has none). `$ref`s are
 * resolved inline; descriptions, summaries and examples are dropped.
 *
 *   npx tsx scripts/brandfolderOpenapi.ts [file]
 *   (file defaults to ../shared/reference/brandfolder-openapi/brandfolder-openapi-v4.yml)
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { writeJsonFixture } from "./lib/jsonFixture";

type Node = Record<string, unknown>;

/** Keys that carry prose or samples, not structure. */
const PROSE = new Set(["description", "summary", "example", "examples", "title", "externalDocs"]);
const METHODS = ["get", "post", "put", "patch", "delete"];

export interface FixtureParameter {
  name: string;
  in: string;
  required: boolean;
  schema?: unknown;
}

export interface FixtureOperation {
  /** The reference's id and first tag: its page is `<reference>/<tag>/<operationId lower-cased>`. */
  operationId: string;
  tag: string;
  /** The server prefix of this operation (`/api/v4`, `/api/v1`), or a placeholder such as `upload_url`. */
  server: string;
  parameters: FixtureParameter[];
  /** The JSON request body schema, or null when the operation takes no body. */
  requestBody: unknown;
  /** Schemas of the 2xx answers by status. */
  responses: Record<string, unknown>;
}

export interface OpenapiFixture {
  /** `METHOD /path/{template}` → its structure. */
  operations: Record<string, FixtureOperation>;
}

function resolveRef(ref: string, doc: Node): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((n, key) => (n as Node)?.[key], doc);
}

/** The node without prose, `$ref`s resolved (a cycle is cut at `depth`). */
function structure(node: unknown, doc: Node, depth = 0): unknown {
  if (depth > 30) return {};
  if (Array.isArray(node)) return node.map((n) => structure(n, doc, depth + 1));
  if (!node || typeof node !== "object") return node;
  const ref = (node as Node).$ref;
  if (typeof ref === "string") return structure(resolveRef(ref, doc), doc, depth + 1);
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    // `properties` names are data, not prose: a property called `description` stays.
    if (PROSE.has(key) && typeof value !== "object") continue;
    if (PROSE.has(key) && key !== "description") continue;
    out[key] = structure(value, doc, depth + 1);
  }
  return out;
}

/** `/api/v4` of `https://brandfolder.com/api/v4`; a placeholder server (`upload_url`) as it is. */
function serverPrefix(servers: unknown): string | undefined {
  const url = (servers as Node[] | undefined)?.[0]?.url;
  if (typeof url !== "string") return undefined;
  return /^https?:\/\//.test(url) ? new URL(url).pathname : url;
}

function jsonSchema(content: unknown, doc: Node): unknown {
  const json = (content as Node | undefined)?.["application/json"] as Node | undefined;
  return json ? structure(json.schema, doc) : null;
}

export function extract(file: string): OpenapiFixture {
  const doc = parse(readFileSync(file, "utf8")) as Node;
  const root = serverPrefix(doc.servers) ?? "";
  const operations: Record<string, FixtureOperation> = {};
  for (const [path, raw] of Object.entries(doc.paths as Record<string, Node>)) {
    for (const method of METHODS) {
      const op = raw[method] as Node | undefined;
      if (!op) continue;
      const parameters = [
        ...((raw.parameters as Node[]) ?? []),
        ...((op.parameters as Node[]) ?? []),
      ]
        .map((p) => structure(p, doc) as Node)
        .map((p) => ({
          name: String(p.name),
          in: String(p.in),
          required: p.required === true,
          ...(p.schema ? { schema: p.schema } : {}),
        }));
      const body = op.requestBody as Node | undefined;
      const bodyNode = body?.$ref ? (resolveRef(String(body.$ref), doc) as Node) : body;
      const responses: Record<string, unknown> = {};
      for (const [status, answer] of Object.entries((op.responses as Node) ?? {})) {
        if (!/^2\d\d$/.test(status)) continue;
        responses[status] = jsonSchema((answer as Node).content, doc);
      }
      operations[`${method.toUpperCase()} ${path}`] = {
        operationId: String(op.operationId),
        tag: String((op.tags as string[] | undefined)?.[0] ?? ""),
        server: serverPrefix(op.servers) ?? serverPrefix(raw.servers) ?? root,
        parameters,
        requestBody: bodyNode ? jsonSchema(bodyNode.content, doc) : null,
        responses,
      };
    }
  }
  return { operations };
}

async function main() {
  const root = resolve(__dirname, "..");
  const file = resolve(
    root,
    process.argv[2] ?? "../shared/reference/brandfolder-openapi/brandfolder-openapi-v4.yml",
  );
  const out = join(root, "test", "fixtures", "brandfolder", "openapi.json");
  const fixture = extract(file);
  await writeJsonFixture(out, JSON.stringify(fixture));
  console.log(`wrote ${Object.keys(fixture.operations).length} operations from ${file} to ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
