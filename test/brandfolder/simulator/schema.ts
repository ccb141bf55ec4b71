import fixture from "../../fixtures/brandfolder/openapiSchemas.json";
import { type Schema, validate } from "../../bynder/simulator/schema";

/** 2xx response schemas from Brandfolder's OpenAPI file (scripts/brandfolderOpenapiSchemas.ts). */
const SCHEMAS = fixture as unknown as Record<string, Schema>;

/** The schema of `METHOD path status`, paths as the OpenAPI file spells them. */
export function bfSchema(method: string, path: string, status = "200"): Schema {
  const key = `${method.toUpperCase()} ${path} ${status}`;
  const schema = SCHEMAS[key];
  if (!schema) {
    throw new Error(`no schema for "${key}" in test/fixtures/brandfolder/openapiSchemas.json`);
  }
  return schema;
}

/** Deliberate deviations from the schemas, each backed by better evidence than the schema. */
export const KNOWN: [RegExp, string][] = [
  [
    /\.meta\.(next_page|prev_page): expected object\|null, got integer$/,
    "the schema types them as objects, yet its own examples and the SDK's paging read page numbers",
  ],
];

/** The problems of `value` against the schema that no listed deviation explains. */
export function bfProblems(value: unknown, schema: Schema): string[] {
  return validate(value, schema, {}).filter((p) => !KNOWN.some(([re]) => re.test(p)));
}

/** Every schema key in the fixture. */
export const SCHEMA_KEYS = Object.keys(SCHEMAS);
