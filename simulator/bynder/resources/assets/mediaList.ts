import { ASSET_SORT_KEYS, type AssetSortKey } from "../../assetStore";
import {
  fail,
  flag,
  intParam,
  json,
  list,
  one,
  parseDate,
  type Query,
  type Reply,
} from "../../../core/http";
import { propertyOptionIds, propertyValues, renderAsset } from "./mediaView";
import type { Ctx } from "../../routing";
import { ASSET_TYPES, type Asset, type AssetType, type SimEnv } from "../../state";

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

function countFacets(env: SimEnv, assets: readonly Asset[]): Record<string, unknown> {
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

/** Parses `orderBy` ("dateCreated desc" by default) into an index key and a direction. */
function orderFor(orderBy: string | undefined): { key: AssetSortKey; desc: boolean } {
  const [field, dir = "asc"] = (orderBy ?? "dateCreated desc").trim().split(/\s+/);
  const d = dir.toLowerCase();
  if (!ASSET_SORT_KEYS.includes(field as AssetSortKey) || !["asc", "desc"].includes(d)) {
    throw fail(400, `Invalid orderBy: ${orderBy}`);
  }
  return { key: field as AssetSortKey, desc: d === "desc" };
}

/** Walks the pre-sorted index in the wanted direction, yielding the assets that match. */
function* walk(rows: readonly Asset[], desc: boolean, keep: Predicate): Generator<Asset> {
  for (let i = 0; i < rows.length; i++) {
    const a = rows[desc ? rows.length - 1 - i : i];
    if (keep(a)) yield a;
  }
}

/**
 * GET /api/v4/media/: page/limit paging and three response shapes (array, total, count). Pages are
 * cut from the store's sorted index: unfiltered pages cost O(limit); filtered ones stop scanning
 * once the page is full unless a total or facet count is asked for.
 */
export function listMedia(ctx: Ctx): Reply {
  const { env, query: q } = ctx;
  const limit = intParam(q, "limit", 50, { max: 1000 });
  const page = intParam(q, "page", 1);
  const preds = filtersFor(env, q);
  const { key, desc } = orderFor(one(q, "orderBy"));
  const rows = env.state.assets.sorted(key);
  const start = (page - 1) * limit;
  const wantCount = flag(one(q, "count")) ?? false;
  const wantTotal = flag(one(q, "total")) ?? false;
  let slice: Asset[];
  let matched: readonly Asset[] | undefined;
  let total = rows.length;
  if (preds.length === 0) {
    const from = desc ? Math.max(0, rows.length - start - limit) : start;
    const to = desc ? Math.max(0, rows.length - start) : start + limit;
    slice = rows.slice(from, to);
    if (desc) slice.reverse();
    if (wantCount) matched = rows;
  } else if (wantCount || wantTotal) {
    matched = [...walk(rows, desc, (a) => preds.every((p) => p(a)))];
    total = matched.length;
    slice = matched.slice(start, start + limit);
  } else {
    slice = [];
    let seen = 0;
    for (const a of walk(rows, desc, (x) => preds.every((p) => p(x)))) {
      if (seen++ < start) continue;
      slice.push(a);
      if (slice.length === limit) break;
    }
  }
  const versions = flag(one(q, "includeMediaItems")) ?? false;
  const media = slice.map((a) => renderAsset(env, a, { versions }));
  if (wantCount) return json(200, { media, count: countFacets(env, matched ?? []) });
  if (wantTotal) return json(200, { media, total: { count: total } });
  return json(200, media);
}
