/**
 * Copies the 2xx JSON response schemas of Brandfolder's official OpenAPI file into
 * test/fixtures/brandfolder/openapiSchemas.json, so tests need no copy of that file (CI has none).
 * Only structural keys are kept, with every $ref inlined: facts, never prose.
 *
 *   npx tsx scripts/brandfolderOpenapiSchemas.ts [file]
 *   (file defaults to ../shared/reference/brandfolder-openapi/brandfolder-openapi-v4.yml)
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { type Node, strip } from "./lib/openapiSchema";
import { oneLinePerKey, writeJsonFixture } from "./lib/jsonFixture";

/** Fixture key of one operation: `GET /assets/{asset_id} 200` (paths as the file spells them). */
export const schemaKey = (method: string, path: string, status = "200") =>
  `${method.toUpperCase()} ${path} ${status}`;

const METHODS = ["get", "post", "put", "delete"];

/** Every operation's 2xx JSON response schema, keyed by schemaKey. */
export function extract(file: string): Record<string, Node> {
  const doc = parse(readFileSync(file, "utf8")) as Node;
  const fixture: Record<string, Node> = {};
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Node>)) {
    for (const method of METHODS) {
      const responses = (ops[method] as Node | undefined)?.responses as Node | undefined;
      for (const [status, response] of Object.entries(responses ?? {})) {
        if (!/^2\d\d$/.test(status)) continue;
        const content = (response as Node).content as Record<string, Node> | undefined;
        const schema = content?.["application/json"]?.schema as Node | undefined;
        if (schema) fixture[schemaKey(method, path, status)] = strip(schema, doc);
      }
    }
  }
  return fixture;
}

async function main() {
  const root = resolve(__dirname, "..");
  const file = resolve(
    root,
    process.argv[2] ?? "../shared/reference/brandfolder-openapi/brandfolder-openapi-v4.yml",
  );
  const out = join(root, "test", "fixtures", "brandfolder", "openapiSchemas.json");
  const fixture = extract(file);
  await writeJsonFixture(out, oneLinePerKey(Object.entries(fixture)));
  console.log(`wrote ${Object.keys(fixture).length} schemas from ${file} to ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
