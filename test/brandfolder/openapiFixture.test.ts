import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { extract, type OpenapiFixture } from "../../scripts/brandfolderOpenapi";
import fixture from "../fixtures/brandfolder/openapi.json";
import { openapiProblems, operationFor } from "./openapiFixture";

const SOURCE = resolve(
  __dirname,
  "..",
  "..",
  "..",
  "shared",
  "reference",
  "brandfolder-openapi",
  "brandfolder-openapi-v4.yml",
);
const OPENAPI = fixture as OpenapiFixture;

/** Keys anywhere in the fixture, except the names under `properties` (data, not prose). */
function keysOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keysOf(n, out));
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties") Object.values(value as object).forEach((v) => keysOf(v, out));
      else {
        out.add(key);
        keysOf(value, out);
      }
    }
  return out;
}

describe("test/fixtures/brandfolder/openapi.json", () => {
  it("holds all 73 operations, each with its server prefix", () => {
    expect(Object.keys(OPENAPI.operations)).toHaveLength(73);
    expect(OPENAPI.operations["GET /webhooks"].server).toBe("/api/v1");
    expect(OPENAPI.operations["GET /brandfolders"].server).toBe("/api/v4");
  });

  it("holds structure only: no descriptions, summaries or examples", () => {
    const keys = keysOf(OPENAPI);
    for (const prose of ["description", "summary", "example", "examples", "title"])
      expect(keys.has(prose)).toBe(false);
  });

  (existsSync(SOURCE) ? it : it.skip)(
    "is what scripts/brandfolderOpenapi.ts makes of the official file (run it to refresh)",
    () => {
      expect(OPENAPI).toEqual(extract(SOURCE));
    },
  );
});

describe("the contract checker", () => {
  it("finds an operation by method and full path, server prefix included", () => {
    expect(operationFor("GET", "/api/v4/brandfolders/bf1/custom_field_keys")?.key).toBe(
      "GET /brandfolders/{brandfolder_id}/custom_field_keys",
    );
    expect(operationFor("GET", "/api/v1/webhooks")?.key).toBe("GET /webhooks");
    expect(operationFor("GET", "/api/v4/webhooks")).toBeUndefined();
    expect(operationFor("PATCH", "/api/v4/brandfolders/bf1")).toBeUndefined();
  });

  it("reports a query field, a body or a body shape the operation does not take", () => {
    const path = "/api/v4/custom_field_values/v1";
    expect(openapiProblems({ method: "DELETE", path, query: {}, body: {} })).toEqual([
      "DELETE /custom_field_values/{custom_field_value_id}: takes no body",
    ]);
    expect(
      openapiProblems({ method: "PUT", path, query: { include: "x" }, body: { data: {} } }),
    ).toEqual([
      'PUT /custom_field_values/{custom_field_value_id}: query "include" is not a parameter (none)',
      "PUT /custom_field_values/{custom_field_value_id}: body data/data must have required property 'attributes'",
    ]);
  });

  it("allows page and per on any list that answers meta, and nowhere else", () => {
    const keys = "/api/v4/brandfolders/bf1/custom_field_keys";
    expect(
      openapiProblems({
        method: "GET",
        path: keys,
        query: { page: "2", per: "5" },
        body: undefined,
      }),
    ).toEqual([]);
    expect(
      openapiProblems({
        method: "GET",
        path: "/api/v4/brandfolders/bf1",
        query: { page: "2" },
        body: undefined,
      }),
    ).toHaveLength(1);
  });
});
