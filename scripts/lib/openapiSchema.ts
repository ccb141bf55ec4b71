/** What the OpenAPI fixtures keep of a schema: its structure, never its prose. */

export type Node = Record<string, unknown>;

const STRUCTURAL = [
  "type",
  "nullable",
  "properties",
  "required",
  "items",
  "allOf",
  "anyOf",
  "oneOf",
  "enum",
];

/** `schema` with $refs inlined and only structural keys kept; a $ref cycle becomes `{}`. */
export function strip(schema: Node, doc: Node, seen: string[] = []): Node {
  const ref = schema.$ref as string | undefined;
  if (ref) {
    if (seen.includes(ref)) return {};
    const target = ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Node)?.[key], doc);
    if (!target) throw new Error(`unresolved $ref ${ref}`);
    return strip(target as Node, doc, [...seen, ref]);
  }
  const out: Node = {};
  for (const key of STRUCTURAL) {
    const value = schema[key];
    if (value === undefined) continue;
    if (key === "properties") {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, Node>).map(([k, v]) => [k, strip(v, doc, seen)]),
      );
    } else if (key === "items") out[key] = strip(value as Node, doc, seen);
    else if (["allOf", "anyOf", "oneOf"].includes(key))
      out[key] = (value as Node[]).map((v) => strip(v, doc, seen));
    else out[key] = value;
  }
  return out;
}
