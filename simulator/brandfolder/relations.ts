import type { Kind } from "./access";
import type { BfState } from "./state";

/** Related records by include name: their kind, and a function from a record to their ids. */
export type Relation = [Kind, (s: BfState, id: string, g: Group) => string[], "one" | "many"];
/** Ids of `m`'s records grouped by `field`, built once per request (a page renders in O(page)). */
export type Group = <T extends { id: string }>(
  m: Map<string, T>,
  field: keyof T & string,
) => Map<string, string[]>;
const ids = <T extends { id: string }>(
  g: Group,
  m: Map<string, T>,
  field: keyof T & string,
  id: string,
) => g(m, field).get(id) ?? [];

/** A fresh Group for one request: each (map, field) pair is scanned once, on first use. */
export function grouper(): Group {
  const built = new Map<Map<string, unknown>, Map<string, Map<string, string[]>>>();
  return (m, field) => {
    const perMap = built.get(m) ?? new Map<string, Map<string, string[]>>();
    built.set(m, perMap);
    let groups = perMap.get(field);
    if (!groups) {
      groups = new Map();
      for (const x of m.values()) {
        const k = String(x[field]);
        const list = groups.get(k);
        if (list) list.push(x.id);
        else groups.set(k, [x.id]);
      }
      perMap.set(field, groups);
    }
    return groups;
  };
}
const parent = (x: string | undefined) => (x ? [x] : []);
const assetOf = (s: BfState, attachmentId: string) =>
  s.assets.get(s.attachments.get(attachmentId)?.assetId ?? "");

export const RELATIONS: Partial<Record<Kind, Record<string, Relation>>> = {
  organizations: {
    brandfolders: [
      "brandfolders",
      (s, id, g) => ids(g, s.brandfolders, "organizationId", id),
      "many",
    ],
  },
  brandfolders: {
    organization: [
      "organizations",
      (s, id) => parent(s.brandfolders.get(id)?.organizationId),
      "one",
    ],
    sections: ["sections", (s, id, g) => ids(g, s.sections, "brandfolderId", id), "many"],
    collections: ["collections", (s, id, g) => ids(g, s.collections, "brandfolderId", id), "many"],
  },
  sections: {
    brandfolder: ["brandfolders", (s, id) => parent(s.sections.get(id)?.brandfolderId), "one"],
  },
  collections: {
    brandfolder: ["brandfolders", (s, id) => parent(s.collections.get(id)?.brandfolderId), "one"],
  },
  assets: {
    attachments: ["attachments", (s, id, g) => ids(g, s.attachments, "assetId", id), "many"],
    brandfolder: ["brandfolders", (s, id) => parent(s.assets.get(id)?.brandfolderId), "one"],
    collections: ["collections", (s, id) => s.assets.get(id)?.collectionIds ?? [], "many"],
    custom_fields: [
      "customFieldValues",
      (s, id, g) => ids(g, s.customFieldValues, "assetId", id),
      "many",
    ],
    section: ["sections", (s, id) => parent(s.assets.get(id)?.sectionId), "one"],
    tags: ["tags", (s, id, g) => ids(g, s.tags, "assetId", id), "many"],
  },
  // An attachment reaches the rest through its asset (OpenAPI: opIdApiV4AttachmentsByIdGet).
  attachments: {
    asset: ["assets", (s, id) => parent(s.attachments.get(id)?.assetId), "one"],
    section: ["sections", (s, id) => parent(assetOf(s, id)?.sectionId), "one"],
    brandfolder: ["brandfolders", (s, id) => parent(assetOf(s, id)?.brandfolderId), "one"],
    collections: ["collections", (s, id) => assetOf(s, id)?.collectionIds ?? [], "many"],
    tags: ["tags", (s, id, g) => ids(g, s.tags, "assetId", assetOf(s, id)?.id ?? ""), "many"],
    labels: ["labels", (s, id) => assetOf(s, id)?.labelIds ?? [], "many"],
  },
  tags: { asset: ["assets", (s, id) => parent(s.tags.get(id)?.assetId), "one"] },
  labels: { parent: ["labels", (s, id) => parent(s.labels.get(id)?.parentId), "one"] },
  customFieldKeys: {
    custom_field_values: [
      "customFieldValues",
      (s, id, g) => ids(g, s.customFieldValues, "keyId", id),
      "many",
    ],
  },
  customFieldValues: {
    custom_field_key: [
      "customFieldKeys",
      (s, id) => parent(s.customFieldValues.get(id)?.keyId),
      "one",
    ],
    asset: ["assets", (s, id) => parent(s.customFieldValues.get(id)?.assetId), "one"],
  },
};
