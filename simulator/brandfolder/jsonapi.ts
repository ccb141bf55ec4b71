import { isoDate } from "../core/ids";
import { fail, json, list, one, type Query, type Reply } from "../core/http";
import type { Kind } from "./access";
import type { BfState, SimEnv } from "./state";

/** JSON:API resource type per kind (assets are `generic_files`, as Brandfolder answers). */
export const TYPE: Record<Kind, string> = {
  organizations: "organizations",
  brandfolders: "brandfolders",
  sections: "sections",
  collections: "collections",
  assets: "generic_files",
  attachments: "attachments",
  tags: "tags",
  labels: "labels",
  customFieldKeys: "custom_field_keys",
  customFieldValues: "custom_field_values",
};

export interface Resource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: Ref | Ref[] | null }>;
}
type Ref = { id: string; type: string };

/** Related records by include name: their kind, and a function from a record to their ids. */
type Relation = [Kind, (s: BfState, id: string) => string[], "one" | "many"];
const ids = <T extends { id: string }>(m: Map<string, T>, keep: (x: T) => boolean) =>
  [...m.values()].filter(keep).map((x) => x.id);
const parent = (x: string | undefined) => (x ? [x] : []);

const RELATIONS: Partial<Record<Kind, Record<string, Relation>>> = {
  organizations: {
    brandfolders: [
      "brandfolders",
      (s, id) => ids(s.brandfolders, (b) => b.organizationId === id),
      "many",
    ],
  },
  brandfolders: {
    organization: [
      "organizations",
      (s, id) => parent(s.brandfolders.get(id)?.organizationId),
      "one",
    ],
    sections: ["sections", (s, id) => ids(s.sections, (x) => x.brandfolderId === id), "many"],
    collections: [
      "collections",
      (s, id) => ids(s.collections, (x) => x.brandfolderId === id),
      "many",
    ],
  },
  sections: {
    brandfolder: ["brandfolders", (s, id) => parent(s.sections.get(id)?.brandfolderId), "one"],
  },
  collections: {
    brandfolder: ["brandfolders", (s, id) => parent(s.collections.get(id)?.brandfolderId), "one"],
  },
  assets: {
    attachments: ["attachments", (s, id) => ids(s.attachments, (x) => x.assetId === id), "many"],
    brandfolder: ["brandfolders", (s, id) => parent(s.assets.get(id)?.brandfolderId), "one"],
    collections: ["collections", (s, id) => s.assets.get(id)?.collectionIds ?? [], "many"],
    custom_fields: [
      "customFieldValues",
      (s, id) => ids(s.customFieldValues, (x) => x.assetId === id),
      "many",
    ],
    section: ["sections", (s, id) => parent(s.assets.get(id)?.sectionId), "one"],
    tags: ["tags", (s, id) => ids(s.tags, (x) => x.assetId === id), "many"],
  },
  attachments: { asset: ["assets", (s, id) => parent(s.attachments.get(id)?.assetId), "one"] },
  tags: { asset: ["assets", (s, id) => parent(s.tags.get(id)?.assetId), "one"] },
  labels: { parent: ["labels", (s, id) => parent(s.labels.get(id)?.parentId), "one"] },
  customFieldKeys: {
    custom_field_values: [
      "customFieldValues",
      (s, id) => ids(s.customFieldValues, (x) => x.keyId === id),
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

/** Attributes a `fields` list may add; anything else named there is a 400. */
const EXTRA_FIELDS: Partial<Record<Kind, Record<string, (env: SimEnv, id: string) => unknown>>> = {
  assets: {
    created_at: (env, id) => isoDate(env.state.assets.get(id)?.createdAt ?? 0),
    updated_at: (env, id) => isoDate(env.state.assets.get(id)?.updatedAt ?? 0),
    cdn_url: (env, id) => `${env.baseUrl}/cdn/${id}`,
    availability: () => "published",
  },
  // The seed names `fields=value` on custom field keys without saying what it adds: accepted.
  customFieldKeys: { value: () => undefined },
};

/** The attributes of one record, as Brandfolder names them. */
function attributes(env: SimEnv, kind: Kind, id: string): Record<string, unknown> {
  const s = env.state;
  switch (kind) {
    case "organizations": {
      const o = s.organizations.get(id)!;
      return { name: o.name, tagline: o.tagline, slug: o.slug };
    }
    case "brandfolders": {
      const b = s.brandfolders.get(id)!;
      return { name: b.name, privacy: b.privacy, slug: b.slug, tagline: b.tagline };
    }
    case "sections": {
      const x = s.sections.get(id)!;
      return { name: x.name, default_asset_type: x.defaultAssetType, position: x.position };
    }
    case "collections": {
      const c = s.collections.get(id)!;
      return {
        name: c.name,
        tagline: c.tagline,
        slug: c.slug,
        public: c.public,
        stealth: c.stealth,
        is_workspace: c.isWorkspace,
      };
    }
    case "assets": {
      const a = s.assets.get(id)!;
      const thumbnail_url = `${env.baseUrl}/thumbnails/${id}.png`;
      return { name: a.name, description: a.description, thumbnail_url, approved: a.approved };
    }
    case "attachments": {
      const t = s.attachments.get(id)!;
      const url = `${env.baseUrl}/files/${id}/${encodeURIComponent(t.filename)}`;
      return {
        mimetype: t.mimetype,
        extension: t.extension,
        filename: t.filename,
        size: t.size,
        width: t.width,
        height: t.height,
        url,
        position: t.position,
        thumbnail_url: `${env.baseUrl}/thumbnails/${id}.png`,
      };
    }
    case "tags": {
      const t = s.tags.get(id)!;
      return {
        name: t.name,
        auto_generated: t.autoGenerated,
        source: t.autoGenerated ? "auto" : "manual",
      };
    }
    case "labels":
      return labelAttributes(s, id);
    case "customFieldKeys": {
      const k = s.customFieldKeys.get(id)!;
      return {
        name: k.name,
        allowed_values: k.allowedValues,
        position: k.position,
        prioritized: k.prioritized,
        required: k.required,
        restricted: k.restricted,
      };
    }
    case "customFieldValues": {
      const v = s.customFieldValues.get(id)!;
      return { key: s.customFieldKeys.get(v.keyId)?.name ?? "", value: v.value };
    }
  }
}

/** A label's path is the names from its root down to itself; depth counts from 1. */
function labelAttributes(s: BfState, id: string): Record<string, unknown> {
  const l = s.labels.get(id)!;
  const path: string[] = [];
  for (let at = s.labels.get(id); at; at = at.parentId ? s.labels.get(at.parentId) : undefined) {
    path.unshift(at.name);
  }
  return { name: l.name, path, position: l.position, depth: path.length };
}

/** What `include` and `fields` ask for, checked against what the kind offers. */
export interface View {
  include: string[];
  fields: string[];
}

export function viewOf(kind: Kind, q: Query): View {
  const include = list(one(q, "include"));
  const fields = list(one(q, "fields"));
  const relations = Object.keys(RELATIONS[kind] ?? {});
  const extras = Object.keys(EXTRA_FIELDS[kind] ?? {});
  const badInclude = include.find((i) => !relations.includes(i));
  if (badInclude !== undefined) {
    throw fail(
      400,
      `Invalid include "${badInclude}" for ${TYPE[kind]}; allowed: ${relations.join(", ") || "none"}`,
    );
  }
  const badField = fields.find((f) => !extras.includes(f));
  if (badField !== undefined) {
    throw fail(
      400,
      `Invalid fields "${badField}" for ${TYPE[kind]}; allowed: ${extras.join(", ") || "none"}`,
    );
  }
  return { include, fields };
}

/** One record, with the relationships and extra fields the view asks for. */
export function render(env: SimEnv, kind: Kind, id: string, view?: View): Resource {
  const attrs = attributes(env, kind, id);
  for (const f of view?.fields ?? []) {
    const value = EXTRA_FIELDS[kind]?.[f]?.(env, id);
    if (value !== undefined) attrs[f] = value;
  }
  const out: Resource = { id, type: TYPE[kind], attributes: attrs };
  if (view && view.include.length > 0) {
    out.relationships = {};
    for (const name of view.include) {
      const [rkind, find, arity] = RELATIONS[kind]![name];
      const refs = find(env.state, id).map((rid) => ({ id: rid, type: TYPE[rkind] }));
      out.relationships[name] = { data: arity === "one" ? (refs[0] ?? null) : refs };
    }
  }
  return out;
}

/** The records the rendered ones name in their relationships, each once. */
function included(env: SimEnv, kind: Kind, data: Resource[], view: View): Resource[] {
  const out = new Map<string, Resource>();
  for (const name of view.include) {
    const [rkind, find] = RELATIONS[kind]![name];
    for (const r of data) {
      for (const rid of find(env.state, r.id)) {
        if (!out.has(`${rkind}:${rid}`)) out.set(`${rkind}:${rid}`, render(env, rkind, rid));
      }
    }
  }
  return [...out.values()];
}

export const PER_DEFAULT = 100;
export const PER_MAX = 3000;

/** `page` from 1; `per` from 1, and above 3000 served as 3000 (see docs/brandfolder/simulator.md). */
export function paging(q: Query): { page: number; per: number } {
  const read = (name: string, fallback: number) => {
    const raw = one(q, name);
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw fail(400, `Invalid ${name} "${raw}": must be an integer >= 1`);
    return n;
  };
  return { page: read("page", 1), per: Math.min(read("per", PER_DEFAULT), PER_MAX) };
}

/** A list reply: one page of `ids` (sliced before rendering), `included`, and `meta`. */
export function listReply(env: SimEnv, kind: Kind, all: string[], q: Query): Reply {
  const view = viewOf(kind, q);
  const { page, per } = paging(q);
  const totalPages = Math.max(1, Math.ceil(all.length / per));
  const data = all.slice((page - 1) * per, page * per).map((id) => render(env, kind, id, view));
  const meta = {
    current_page: page,
    next_page: page < totalPages ? page + 1 : null,
    prev_page: page > 1 ? Math.min(page - 1, totalPages) : null,
    total_pages: totalPages,
    total_count: all.length,
  };
  const inc = view.include.length > 0 ? { included: included(env, kind, data, view) } : {};
  return json(200, { data, ...inc, meta });
}

/** A single-record reply, with `included` when asked. */
export function oneReply(env: SimEnv, kind: Kind, id: string, q: Query): Reply {
  const view = viewOf(kind, q);
  const data = render(env, kind, id, view);
  const inc = view.include.length > 0 ? { included: included(env, kind, [data], view) } : {};
  return json(200, { data, ...inc });
}
