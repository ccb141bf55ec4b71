/**
 * Brandfolder answers JSON:API-like documents: `data` (one resource or a list) of `{id, type,
 * attributes, relationships}`, optional `included` records, and `meta` on lists. A result puts each
 * included record a resource refers to under its `related.<relationship>`, so a low-code step maps
 * `related.custom_field_key.attributes.name` instead of joining two lists.
 */
type Resource = {
  id?: unknown;
  type?: unknown;
  relationships?: Record<string, { data?: unknown } | undefined>;
  [key: string]: unknown;
};
type Ref = { id?: unknown; type?: unknown };

const keyOf = (r: Ref) => `${String(r.type)}\u0000${String(r.id)}`;

function resolveOne(item: unknown, index: Map<string, unknown>): unknown {
  if (!item || typeof item !== "object" || Array.isArray(item)) return item;
  const resource = item as Resource;
  const related: Record<string, unknown> = {};
  for (const [name, rel] of Object.entries(resource.relationships ?? {})) {
    const data = rel?.data;
    if (Array.isArray(data)) {
      const found = data.map((r: Ref) => index.get(keyOf(r))).filter((r) => r !== undefined);
      if (found.length) related[name] = found;
    } else if (data && typeof data === "object") {
      const found = index.get(keyOf(data as Ref));
      if (found !== undefined) related[name] = found;
    }
  }
  return Object.keys(related).length ? { ...resource, related } : resource;
}

/**
 * The document with `included` resolved onto each resource of `data`. The raw `included` stays
 * (single-page results only: Fetch All never comes through here) and `meta` is kept.
 */
export function resolveIncluded(document: unknown): unknown {
  if (!document || typeof document !== "object" || Array.isArray(document)) return document;
  const doc = document as { data?: unknown; included?: unknown };
  const included = Array.isArray(doc.included) ? (doc.included as Ref[]) : [];
  const index = new Map(included.map((r) => [keyOf(r), r as unknown]));
  const data = Array.isArray(doc.data)
    ? doc.data.map((item) => resolveOne(item, index))
    : resolveOne(doc.data, index);
  return { ...doc, data };
}

/** What a delete answers: Brandfolder's own `{}` says nothing about what went. */
export const deleted = (id: string) => ({ deleted: true as const, id });
