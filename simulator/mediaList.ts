import { fail, flag, intParam, json, list, one, parseDate, type Query, type Reply } from "./http";
import { propertyOptionIds, propertyValues, renderAsset } from "./mediaView";
import type { Ctx } from "./router";
import { ASSET_TYPES, type Asset, type AssetType, type SimEnv } from "./state";

type Predicate = (a: Asset) => boolean;

function dateRange(q: Query, from: string, to: string, pick: (a: Asset) => number): Predicate[] {
  const out: Predicate[] = [];
  const start = parseDate(one(q, from), from);
  const end = parseDate(one(q, to), to);
  if (start !== undefined) out.push((a) => pick(a) >= start);
  if (end !== undefined) out.push((a) => pick(a) <= end);
  return out;
}

function boolFilter(q: Query, key: string, pick: (a: Asset) => boolean): Predicate[] {
  const v = flag(one(q, key));
  return v === undefined ? [] : [(a) => pick(a) === v];
}

/** Builds the filters for GET /api/v4/media/ from its query string. */
function filtersFor(env: SimEnv, q: Query): Predicate[] {
  const preds: Predicate[] = [];
  const keyword = one(q, "keyword")?.toLowerCase();
  if (keyword) {
    preds.push((a) =>
      [a.name, a.description, a.extension, ...a.tags].some((s) =>
        s.toLowerCase().includes(keyword),
      ),
    );
  }
  const types = list(one(q, "type")).map((t) => t.toLowerCase());
  for (const t of types) {
    if (!ASSET_TYPES.includes(t as AssetType)) throw fail(400, `Invalid type: ${t}`);
  }
  if (types.length > 0) preds.push((a) => types.includes(a.type));
  const ids = [...list(one(q, "ids")), ...list(one(q, "id"))];
  if (ids.length > 0) preds.push((a) => ids.includes(a.id));
  const tags = list(one(q, "tags"));
  if (tags.length > 0) preds.push((a) => tags.some((t) => a.tags.includes(t)));
  const brandId = one(q, "brandId");
  if (brandId) preds.push((a) => a.brandId === brandId);
  const subBrandId = one(q, "subBrandId");
  if (subBrandId) preds.push((a) => a.subBrandId === subBrandId);
  const orientation = list(one(q, "orientation"));
  if (orientation.length > 0) {
    preds.push((a) =>
      orientation.includes(
        a.width === a.height ? "square" : a.width > a.height ? "landscape" : "portrait",
      ),
    );
  }
  const collectionId = one(q, "collectionId");
  if (collectionId) {
    const members = new Set(env.state.collections.get(collectionId)?.mediaIds ?? []);
    preds.push((a) => members.has(a.id));
  }
  // propertyOptionId: OR across the listed option ids.
  const optionIds = list(one(q, "propertyOptionId"));
  if (optionIds.length > 0)
    preds.push((a) => propertyOptionIds(env, a).some((id) => optionIds.includes(id)));
  // property_<name>: AND across listed values (option ids or names).
  for (const key of Object.keys(q)) {
    if (!key.startsWith("property_")) continue;
    const name = key.slice("property_".length);
    const wanted = list(one(q, key));
    preds.push((a) => {
      const names = propertyValues(env, a)[name] ?? [];
      const ids = propertyOptionIds(env, a);
      return wanted.every((w) => names.includes(w) || ids.includes(w));
    });
  }
  preds.push(...boolFilter(q, "archive", (a) => a.archive));
  preds.push(...boolFilter(q, "isPublic", (a) => a.isPublic));
  preds.push(...boolFilter(q, "limited", (a) => a.limited));
  preds.push(...dateRange(q, "dateModified", "dateModifiedTo", (a) => a.dateModified));
  preds.push(...dateRange(q, "dateCreated", "dateCreatedTo", (a) => a.dateCreated));
  return preds;
}

const SORT_FIELDS: Record<string, (a: Asset) => number | string> = {
  dateCreated: (a) => a.dateCreated,
  dateModified: (a) => a.dateModified,
  datePublished: (a) => a.datePublished,
  name: (a) => a.name.toLowerCase(),
};

export function sorter<T>(
  orderBy: string | undefined,
  fields: Record<string, (x: T) => number | string>,
  fallback: string,
): (a: T, b: T) => number {
  const [field, dir = "asc"] = (orderBy ?? fallback).trim().split(/\s+/);
  const pick = fields[field];
  if (!pick || !["asc", "desc"].includes(dir.toLowerCase())) {
    throw fail(400, `Invalid orderBy: ${orderBy}`);
  }
  const sign = dir.toLowerCase() === "desc" ? -1 : 1;
  return (a, b) => {
    const x = pick(a);
    const y = pick(b);
    return x < y ? -sign : x > y ? sign : 0;
  };
}

function countFacets(env: SimEnv, assets: Asset[]): Record<string, unknown> {
  const bump = (bucket: Record<string, number>, key: string) => {
    bucket[key] = (bucket[key] ?? 0) + 1;
  };
  const facets = {
    total: assets.length,
    brandId: {} as Record<string, number>,
    subBrandId: {} as Record<string, number>,
    type: Object.fromEntries(ASSET_TYPES.map((t) => [t, 0])) as Record<string, number>,
    orientation: {} as Record<string, number>,
    tags: {} as Record<string, number>,
    isPublic: { 0: 0, 1: 0 } as Record<string, number>,
    archive: { 0: 0, 1: 0 } as Record<string, number>,
    propertyOptionId: {} as Record<string, number>,
  };
  for (const a of assets) {
    bump(facets.brandId, a.brandId);
    if (a.subBrandId) bump(facets.subBrandId, a.subBrandId);
    bump(facets.type, a.type);
    bump(
      facets.orientation,
      a.width === a.height ? "square" : a.width > a.height ? "landscape" : "portrait",
    );
    for (const t of a.tags) bump(facets.tags, t);
    bump(facets.isPublic, a.isPublic ? "1" : "0");
    bump(facets.archive, a.archive ? "1" : "0");
    for (const id of propertyOptionIds(env, a)) bump(facets.propertyOptionId, id);
  }
  return facets;
}

/** GET /api/v4/media/: page/limit paging and three response shapes (array, total, count). */
export function listMedia(ctx: Ctx): Reply {
  const { env, query: q } = ctx;
  const limit = intParam(q, "limit", 50, { max: 1000 });
  const page = intParam(q, "page", 1);
  const preds = filtersFor(env, q);
  const matched = [...env.state.assets.values()].filter((a) => preds.every((p) => p(a)));
  matched.sort(sorter(one(q, "orderBy"), SORT_FIELDS, "dateCreated desc"));
  const versions = flag(one(q, "includeMediaItems")) ?? false;
  const media = matched
    .slice((page - 1) * limit, page * limit)
    .map((a) => renderAsset(env, a, { versions }));
  if (flag(one(q, "count"))) return json(200, { media, count: countFacets(env, matched) });
  if (flag(one(q, "total"))) return json(200, { media, total: { count: matched.length } });
  return json(200, media);
}
