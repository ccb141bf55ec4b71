import Ajv from "ajv";
import type { FixtureOperation, OpenapiFixture } from "../../scripts/brandfolderOpenapi";
import fixture from "../fixtures/brandfolder/openapi.json";

const OPENAPI = fixture as OpenapiFixture;
// OpenAPI formats (int32, date-time) are not JSON Schema ones; `type` still checks integers.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

/**
 * The OpenAPI declares `page`/`per` only on the asset and user-permission lists, but Brandfolder's
 * official SDK sends them on every list and every list answers `meta` (issue 18, item 3).
 */
const LIST_PAGING = ["page", "per"];
/**
 * Asset-list query fields Brandfolder documents outside its OpenAPI (brandfolder-api.md,
 * "sorting"): accepted on GET asset lists only, nowhere else.
 */
const ASSET_LIST_SORTING = ["sort_by", "order"];

/** The documented operation a request is, by method and full path (server prefix included). */
export function operationFor(
  method: string,
  path: string,
): { key: string; operation: FixtureOperation } | undefined {
  for (const [key, operation] of Object.entries(OPENAPI.operations)) {
    const [m, template] = key.split(" ");
    if (m !== method) continue;
    const pattern = `${operation.server}${template}`
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
      .join("[^/]+");
    if (new RegExp(`^${pattern}$`).test(path)) return { key, operation };
  }
  return undefined;
}

/** Every way a request departs from its documented operation; empty when it matches. */
export function openapiProblems(req: {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}): string[] {
  const found = operationFor(req.method, req.path);
  if (!found) return [`${req.method} ${req.path} is no operation of the OpenAPI`];
  const { key, operation } = found;
  const problems: string[] = [];
  const declared = operation.parameters.filter((p) => p.in === "query").map((p) => p.name);
  for (const name of Object.keys(req.query)) {
    const listPaging = req.method === "GET" && LIST_PAGING.includes(name) && listsMeta(operation);
    const sorting =
      req.method === "GET" && ASSET_LIST_SORTING.includes(name) && /\/assets$/.test(req.path);
    if (!declared.includes(name) && !listPaging && !sorting)
      problems.push(
        `${key}: query "${name}" is not a parameter (${declared.join(", ") || "none"})`,
      );
  }
  if (operation.requestBody === null) {
    if (req.body !== undefined) problems.push(`${key}: takes no body`);
  } else if (req.body === undefined) {
    problems.push(`${key}: expects a body`);
  } else if (!ajv.validate(requestErrata(operation.requestBody), req.body)) {
    problems.push(`${key}: body ${ajv.errorsText(ajv.errors)}`);
  }
  return problems;
}

/** Whether the operation answers a `meta` page (a list). */
function listsMeta(operation: FixtureOperation): boolean {
  const ok = operation.responses["200"] as { properties?: Record<string, unknown> } | null;
  return Boolean(ok?.properties && "meta" in ok.properties);
}

/** The reference page of the operation a request is, as the action's description should link it. */
export function docPageFor(method: string, path: string): string | undefined {
  const found = operationFor(method, path);
  if (!found) return undefined;
  const { tag, operationId } = found.operation;
  return `https://developers.smartsheet.com/api/brandfolder/openapi/${tag}/${operationId.toLowerCase()}`;
}

/**
 * Where the OpenAPI's answer schemas are wrong: `meta.next_page` and `prev_page` are declared
 * `object`, but they are page numbers (brandfolder-api.md; the SDK and every `meta` page use them
 * as such), so a number is accepted there too.
 */
function withErrata(schema: unknown): unknown {
  const text = JSON.stringify(schema).replace(
    /"(next_page|prev_page)":\{"type":"object","nullable":true/g,
    '"$1":{"type":["integer","null"]',
  );
  return JSON.parse(text);
}

/**
 * Where the OpenAPI's request schemas are wrong: PUT /collections/{id} requires "attibutes", a typo
 * of the `attributes` it declares (and the SDK sends).
 */
function requestErrata(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema).replace(/"attibutes"/g, '"attributes"'));
}

/**
 * POST /brandfolders/{id}/collections declares a bare resource as its answer, where every other
 * single-resource answer (and the SDK's reading of it) is `{data: resource}`: both are accepted.
 */
function bareResource(schema: unknown): boolean {
  const required = (schema as { required?: unknown } | null)?.required;
  return Array.isArray(required) && required.includes("id") && required.includes("attributes");
}

/** How a reply departs from the operation's documented 2xx answer; empty when it matches. */
export function responseProblems(method: string, path: string, body: unknown): string[] {
  const found = operationFor(method, path);
  if (!found) return [`${method} ${path} is no operation of the OpenAPI`];
  const schema = withErrata(Object.values(found.operation.responses)[0]);
  if (!schema || ajv.validate(schema as object, body)) return [];
  const data = (body as { data?: unknown } | null)?.data;
  if (bareResource(schema) && ajv.validate(schema as object, data)) return [];
  return [`${found.key}: answer ${ajv.errorsText(ajv.errors)}`];
}
