import fixture from "../../fixtures/openapiSchemas.json";
import { operationKey } from "../../../scripts/openapiSchemas";

/** The JSON-schema subset the Bynder OpenAPI files use for responses. */
export interface Schema {
  type?: string | string[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
}

/** Schemas copied (refs inlined) from Bynder's OpenAPI files by scripts/openapiSchemas.ts. */
export const SCHEMAS: Record<string, Schema> = fixture;

/** The JSON response schema of one operation in one of Bynder's OpenAPI files. */
export function responseSchema(file: string, path: string, method: string, status = "200") {
  const key = operationKey([file, path, method, status]);
  const schema = SCHEMAS[key];
  if (!schema) {
    throw new Error(
      `no schema for "${key}" in test/fixtures/openapiSchemas.json: add it to OPERATIONS in scripts/openapiSchemas.ts and run \`npx tsx scripts/openapiSchemas.ts\``,
    );
  }
  // The fixture has every $ref inlined; `doc` stays for validate()'s signature.
  return { schema, doc: {} as unknown };
}

/**
 * Deliberate deviations from a response *schema*, each backed by better evidence than the schema.
 * Shared by the simulator and example-payload tests; anything not listed here fails them.
 */
export const KNOWN: [RegExp, string][] = [
  [
    /\.(isPublic|archive|limited|watermarked): expected boolean, got integer$/,
    "asset-v4 schema says boolean, but Bynder and the SDK samples return 0/1 (see docs/bynder/simulator.md)",
  ],
  [
    /(job_stages\[\d+\]|job_(active|next|previous)_stage)\.position: expected string, got integer$/,
    "wf-jobs-v4's own example gives position as an integer (1, 2, 3)",
  ],
  [/\.basedOnPreset: expected string, got boolean$/, "wf-jobs-v4's own example gives false"],
  [/\.ftp_settings: expected string, got object$/, "wf-jobs-v4's own preset example gives {}"],
  [
    /\.presetstages: expected object, got array$/,
    "a preset has several stages; the example shows one",
  ],
  [/\.terms: expected string, got object$/, "users-v4 gives no example; kept as {accepted}"],
];

/** The problems no listed deviation explains. */
export const unexplained = (problems: string[]) =>
  problems.filter((p) => !KNOWN.some(([pattern]) => pattern.test(p)));

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Every mismatch between `value` and `schema`, as "path: problem" lines (empty = valid). */
export function validate(value: unknown, schema: Schema, doc: unknown, at = "$"): string[] {
  if (schema.$ref) {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
    return validate(value, target as Schema, doc, at);
  }
  const errors: string[] = [];
  for (const sub of schema.allOf ?? []) errors.push(...validate(value, sub, doc, at));
  for (const alts of [schema.anyOf, schema.oneOf]) {
    if (alts && !alts.some((s) => validate(value, s, doc, at).length === 0)) {
      errors.push(`${at}: matches none of the alternatives`);
    }
  }
  if (schema.enum && !schema.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  const actual = typeOf(value);
  if (schema.type) {
    const allowed = ([] as string[]).concat(schema.type);
    if (schema.nullable) allowed.push("null");
    const ok = allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
    if (!ok) return [...errors, `${at}: expected ${allowed.join("|")}, got ${actual}`];
  }
  if (actual === "object") {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in obj)) errors.push(`${at}.${key}: required but missing`);
    }
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      // Bynder's OpenAPI 3.0 files never mark fields nullable, yet their own examples show null
      // for unset optional fields (deadline, presetID): null passes unless the field is required.
      const optionalNull = obj[key] === null && !(schema.required ?? []).includes(key);
      if (key in obj && !optionalNull) errors.push(...validate(obj[key], sub, doc, `${at}.${key}`));
    }
  }
  if (actual === "array" && schema.items) {
    (value as unknown[]).forEach((item, i) => {
      errors.push(...validate(item, schema.items as Schema, doc, `${at}[${i}]`));
    });
  }
  return errors;
}
