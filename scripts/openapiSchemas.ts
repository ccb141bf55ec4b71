/**
 * Copies the response schemas our tests check against out of Bynder's official OpenAPI files into
 * test/fixtures/openapiSchemas.json, so the tests need no copy of those files (CI has none).
 * Only structural keys are kept, with every $ref inlined: facts, never prose.
 *
 *   npx tsx scripts/openapiSchemas.ts [dir]   (dir defaults to ../shared/reference/bynder-openapi)
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Node, strip } from "./lib/openapiSchema";
import { oneLinePerKey, writeJsonFixture } from "./lib/jsonFixture";

/** [OpenAPI file (without "bynder-" and "-openapi.json"), path, method, status]. */
export type Operation = [file: string, path: string, method: string, status: string];

/** Fixture key of one operation. */
export const operationKey = ([file, path, method, status]: Operation) =>
  `${file} ${method.toUpperCase()} ${path} ${status}`;

const get = (file: string, path: string, status = "200"): Operation => [file, path, "get", status];
const post = (file: string, path: string, status: string): Operation => [
  file,
  path,
  "post",
  status,
];

/** Every operation a test validates against; add one here, then rerun the script. */
export const OPERATIONS: Operation[] = [
  get("account-v4", "/api/v4/account"),
  get("account-v4", "/api/v4/account/derivatives"),
  get("asset-v4", "/api/v4/media/"),
  get("asset-v4", "/api/v4/media/{id}"),
  post("asset-v4", "/api/v4/media/{id}", "202"),
  post("asset-v4", "/api/media/options", "201"),
  get("asset-download", "/api/v4/media/{id}/download"),
  get("asset-download", "/api/v4/media/{id}/download/{itemId}"),
  get("asset-upload", "/api/upload/endpoint"),
  post("asset-upload", "/api/upload/init", "200"),
  get("asset-usage-v4", "/api/media/usage"),
  post("asset-usage-v4", "/api/media/usage", "200"),
  post("asset-usage-v4", "/api/media/usage/sync", "200"),
  get("brands-v4", "/api/v4/brands/"),
  get("brandstore", "/api/store/order/"),
  get("brandstore", "/api/store/order/{id}/"),
  get("brandstore", "/api/store/order/{id}/products"),
  post("brandstore", "/api/store/order/{id}/products", "201"),
  get("collections-v4", "/api/v4/collections"),
  post("collections-v4", "/api/v4/collections", "201"),
  get("collections-v4", "/api/v4/collections/{id}"),
  post("collections-v4", "/api/v4/collections/{id}", "201"),
  get("collections-v4", "/api/v4/collections/{id}/media"),
  post("collections-v4", "/api/v4/collections/{id}/media", "202"),
  post("collections-v4", "/api/v4/collections/{id}/share", "202"),
  get("metaproperty-options-v4", "/api/v4/metaproperties/{id}/options"),
  post("metaproperty-options-v4", "/api/v4/metaproperties/{id}/options", "201"),
  post("metaproperty-options-v4", "/api/v4/metaproperties/{id}/options/{optionId}", "201"),
  post("oauth2", "/v6/authentication/oauth2/token", "200"),
  get("securityroles-v4", "/api/v4/profiles/"),
  get("securityroles-v4", "/api/v4/profiles/{id}"),
  get("users-v4", "/api/v4/currentUser/"),
  get("users-v4", "/api/v4/users/"),
  post("users-v4", "/api/v4/users/", "201"),
  get("users-v4", "/api/v4/users/{id}"),
  post("users-v4", "/api/v4/users/{id}", "202"),
  get("webhooks", "/v7/webhooks/public/api/subscriptions/{id}"),
  get("wf-campaigns-v4", "/api/workflow/campaigns"),
  post("wf-campaigns-v4", "/api/workflow/campaigns", "201"),
  get("wf-campaigns-v4", "/api/workflow/campaigns/{id}"),
  get("wf-jobs-v4", "/api/workflow/campaigns/{id}/jobs"),
  get("wf-jobs-v4", "/api/workflow/jobs"),
  post("wf-jobs-v4", "/api/workflow/jobs", "201"),
  get("wf-jobs-v4", "/api/workflow/jobs/{id}"),
  ["wf-jobs-v4", "/api/workflow/jobs/{id}", "put", "200"],
  ["wf-jobs-v4", "/api/workflow/jobs/{id}/finish", "patch", "200"],
  get("wf-jobs-v4", "/api/workflow/jobs/{id}/media"),
  get("wf-jobs-v4", "/api/workflow/jobs/{id}/stages"),
  get("wf-jobs-v4", "/api/workflow/presets/job/{id}"),
  get("wf-users-groups-v4", "/api/workflow/users/"),
];

export function extract(dir: string): Record<string, Node> {
  const docs = new Map<string, Node>();
  const fixture: Record<string, Node> = {};
  for (const op of OPERATIONS) {
    const [file, path, method, status] = op;
    if (!docs.has(file))
      docs.set(file, JSON.parse(readFileSync(join(dir, `bynder-${file}-openapi.json`), "utf8")));
    const doc = docs.get(file) as Node;
    const paths = doc.paths as Record<string, Record<string, Node>> | undefined;
    const responses = paths?.[path]?.[method]?.responses as Record<string, Node> | undefined;
    const content = responses?.[status]?.content as Record<string, Node> | undefined;
    const schema = content?.["application/json"]?.schema as Node | undefined;
    if (!schema) throw new Error(`no ${status} JSON schema for ${method} ${path} in ${file}`);
    fixture[operationKey(op)] = strip(schema, doc);
  }
  return fixture;
}

async function main() {
  const root = resolve(__dirname, "..");
  const dir = resolve(root, process.argv[2] ?? "../shared/reference/bynder-openapi");
  const out = join(root, "test", "fixtures", "openapiSchemas.json");
  await writeJsonFixture(out, oneLinePerKey(Object.entries(extract(dir))));
  console.log(`wrote ${OPERATIONS.length} schemas from ${dir} to ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
