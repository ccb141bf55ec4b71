import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { extract, type OperationPlaces } from "../../scripts/openapiRequests";
import { contracts } from "./contracts";
import type { ContractRequest } from "./contracts/types";
import fixture from "../fixtures/openapiRequests.json";

/**
 * Every request an action's contract sends is checked against where Bynder's official OpenAPI
 * puts each field (test/fixtures/openapiRequests.json, from scripts/openapiRequests.ts): a field
 * in the body that the OpenAPI takes in the query (or the reverse), or a body on an operation
 * that takes none, fails here, whatever the hand-written contract says.
 */
const OPERATIONS = fixture as Record<string, OperationPlaces>;

interface Undocumented {
  method: string;
  /** Path template, `{…}` for one segment. */
  template: string;
  why: string;
  /** The documented operation whose field places apply all the same. */
  checkedAs?: string;
}

/**
 * Requests the OpenAPI files do not describe, each with the reason; an entry that no request
 * needs any more fails the suite, so this list cannot rot.
 */
const UNDOCUMENTED: Undocumented[] = [
  {
    method: "GET",
    template: "/api/v4/tags/",
    why: "no OpenAPI file covers tags (bynder-api.md, SDKs)",
  },
  { method: "POST", template: "/api/v4/tags/{id}/media/", why: "no OpenAPI file covers tags" },
  { method: "DELETE", template: "/api/v4/tags/{id}/media/", why: "no OpenAPI file covers tags" },
  {
    method: "POST",
    template: "/api/v4/upload/",
    why: "upload ids can start with a dot, so the id goes in the body as the SDKs send it (bynder-api.md, upload step 3B)",
    checkedAs: "POST /api/v4/upload/{id}",
  },
  {
    method: "GET",
    template: "/v7/webhooks/public/api/subscriptions",
    why: "the list is on Bynder's reference page, not in the webhooks OpenAPI file",
  },
  {
    method: "POST",
    template: "/v7/webhooks/public/api/subscriptions",
    why: "the OpenAPI puts {id} on create; the reference page and clients create without one",
    checkedAs: "POST /v7/webhooks/public/api/subscriptions/{id}",
  },
];

/** Actions that send whatever the user asks; their contract is not Bynder's. */
const FREE_FORM = new Set(["rawRequest"]);

/**
 * Places where we knowingly differ from the OpenAPI, `METHOD template field` → reason. `(body)` and
 * `(encoding)` stand for the body as a whole. An entry no request needs any more fails the suite.
 */
const DEVIATIONS: Record<string, string> = {
  "POST /api/v4/upload/{id} id": "the path's {id} travels in the body instead (see UNDOCUMENTED)",
  "GET /api/v4/collections total":
    "Fetch All's paging asks every envelope list for total=1; the collections OpenAPI documents count=1 only",
  "POST /api/v4/collections/{id}/share extra":
    "the contract's Data input passes a field of the user's own through, as Data promises",
  "POST /api/v4/media/{id}/save/additional/{uploadId}/ targetid":
    "the OpenAPI spells it targetId on this step only (targetid on every other upload step); the SDKs send targetid (bynder-api.md, step 4-alt)",
};
const usedDeviations = new Set<string>();

const segments = (path: string) => path.replace(/\/+$/, "").split("/");

/** The `METHOD template` key a concrete request matches: the most literal template wins. */
function matchKey(keys: string[], method: string, path: string): string | undefined {
  const want = segments(path);
  let best: { key: string; literal: number } | undefined;
  for (const key of keys) {
    const [m, template] = key.split(" ");
    if (m !== method) continue;
    const parts = segments(template);
    if (parts.length !== want.length) continue;
    let literal = 0;
    const fits = parts.every((p, i) => {
      if (/^\{[^}]+\}$/.test(p)) return want[i] !== "";
      if (p === want[i]) literal += 1;
      return p === want[i];
    });
    if (fits && (!best || literal > best.literal)) best = { key, literal };
  }
  return best?.key;
}

const undocumentedKeys = UNDOCUMENTED.map((u) => `${u.method} ${u.template}`);
/** Undocumented entries some request needed. */
const usedUndocumented = new Set<string>();

/** The OpenAPI operation whose field places a request must follow, or undefined if unchecked. */
function operationFor(method: string, path: string): string | undefined {
  const documented = matchKey(Object.keys(OPERATIONS), method, path);
  if (documented) return documented;
  const known = matchKey(undocumentedKeys, method, path);
  if (!known)
    throw new Error(
      `${method} ${path} is in no OpenAPI file: add it to UNDOCUMENTED with the reason`,
    );
  usedUndocumented.add(known);
  return UNDOCUMENTED[undocumentedKeys.indexOf(known)].checkedAs;
}

function bodyFields(req: ContractRequest): string[] {
  if (req.body === undefined || req.body === null) return [];
  if (typeof req.body === "object" && !Array.isArray(req.body)) return Object.keys(req.body);
  return ["(whole body)"];
}

/** `metaproperty.<id>` is Bynder's spelling of the declared `metaproperty` field. */
const declares = (names: Set<string>, field: string) =>
  names.has(field) || names.has(field.split(".")[0]);

/** What is wrong with one request's field placement; empty when it matches the OpenAPI. */
function placementProblems(key: string, req: ContractRequest): string[] {
  const op = OPERATIONS[key];
  const problems: string[] = [];
  const inQuery = new Set(op.query);
  const inBody = new Set(op.body?.fields ?? []);
  const body = bodyFields(req);
  const allowed = (field: string) => {
    const entry = `${key} ${field}`;
    if (!(entry in DEVIATIONS)) return false;
    usedDeviations.add(entry);
    return true;
  };
  const problem = (field: string, text: string) => {
    if (!allowed(field)) problems.push(text);
  };
  if (body.length > 0 && !op.body)
    problem("(body)", `sends a body (${body.join(", ")}) but ${key} takes none`);
  for (const field of body) {
    if (declares(inQuery, field) && !declares(inBody, field))
      problem(field, `sends "${field}" in the body where the OpenAPI takes it in the query`);
    else if (op.body && !declares(inBody, field) && op.body.fields.length > 0)
      problem(field, `sends "${field}" in the body, which ${key} does not declare`);
  }
  for (const field of Object.keys(req.query ?? {})) {
    if (declares(inBody, field) && !declares(inQuery, field))
      problem(field, `sends "${field}" in the query where the OpenAPI takes it in the body`);
    else if (!declares(inQuery, field))
      problem(field, `sends "${field}" in the query, which ${key} does not declare`);
  }
  if (req.encoding && op.body) {
    const type = req.encoding === "json" ? "application/json" : "application/x-www-form-urlencoded";
    if (!op.body.types.includes(type))
      problem("(encoding)", `sends ${type} where the OpenAPI takes ${op.body.types.join(" or ")}`);
  }
  return problems;
}

const requests = Object.entries(contracts)
  .filter(([action]) => !FREE_FORM.has(action))
  .flatMap(([action, contract]) =>
    contract.requests
      .filter((r) => !r.unauthenticated)
      .map((req) => ({ action, req, label: `${action}: ${req.method} ${req.path}` })),
  );

describe("every contract request puts its fields where Bynder's OpenAPI does", () => {
  it.each(requests)("$label", ({ req }) => {
    const key = operationFor(req.method, req.path);
    if (key) expect(placementProblems(key, req)).toEqual([]);
  });

  it("has no UNDOCUMENTED entry that no request needs", () => {
    expect(undocumentedKeys.filter((k) => !usedUndocumented.has(k))).toEqual([]);
  });

  it("has only DEVIATIONS that name a real operation", () => {
    const unknown = Object.keys(DEVIATIONS).filter(
      (d) => !(d.split(" ").slice(0, 2).join(" ") in OPERATIONS),
    );
    expect(unknown).toEqual([]);
  });
});

describe("the placement check itself", () => {
  const usage = { integration_id: "I1", asset_id: "A1", uri: "https://x" };

  it("catches fields in a body where the OpenAPI takes them in the query, and a body where none is taken", () => {
    const req: ContractRequest = {
      method: "DELETE",
      path: "/api/media/usage",
      encoding: "form",
      body: usage,
    };
    expect(placementProblems(operationFor(req.method, req.path) as string, req)).toEqual([
      "sends a body (integration_id, asset_id, uri) but DELETE /api/media/usage takes none",
      'sends "integration_id" in the body where the OpenAPI takes it in the query',
      'sends "asset_id" in the body where the OpenAPI takes it in the query',
      'sends "uri" in the body where the OpenAPI takes it in the query',
    ]);
  });

  it("catches a field in the query where the OpenAPI takes it in the body, and the wrong encoding", () => {
    const req: ContractRequest = {
      method: "POST",
      path: "/api/media/usage/sync",
      query: { integration_id: "I1" },
      encoding: "form",
      body: { uris: "https://x" },
    };
    expect(placementProblems(operationFor(req.method, req.path) as string, req)).toEqual([
      'sends "integration_id" in the query where the OpenAPI takes it in the body',
      "sends application/x-www-form-urlencoded where the OpenAPI takes application/json",
    ]);
  });

  it("catches a field the operation does not declare anywhere", () => {
    const req: ContractRequest = {
      method: "DELETE",
      path: "/api/media/usage",
      query: { ...usage, assetId: "A1" },
    };
    expect(placementProblems(operationFor(req.method, req.path) as string, req)).toEqual([
      'sends "assetId" in the query, which DELETE /api/media/usage does not declare',
    ]);
  });

  it("accepts the request as the OpenAPI describes it", () => {
    const req: ContractRequest = { method: "DELETE", path: "/api/media/usage", query: usage };
    expect(placementProblems(operationFor(req.method, req.path) as string, req)).toEqual([]);
  });
});

// The OpenAPI files are not in the repository; where they are at hand, the fixture must be current.
const OPENAPI_DIR = resolve(__dirname, "../../../shared/reference/bynder-openapi");
(existsSync(OPENAPI_DIR) ? it : it.skip)(
  "the fixture is what scripts/openapiRequests.ts extracts from the OpenAPI files",
  () => {
    expect(extract(OPENAPI_DIR)).toEqual(OPERATIONS);
  },
);
