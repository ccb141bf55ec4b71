import { fail, one, type Query } from "../core/http";
import { freeTextScore } from "./search";
import type { Asset, BfState } from "./state";

/**
 * `sort_by` and `order` on asset lists. The OpenAPI file declares neither; Brandfolder's query
 * parameter guide names these values and asks for both together (brandfolder-api.md, "sorting").
 */
export const SORT_BY = ["name", "score", "position", "updated_at", "created_at"] as const;
export const ORDER = ["ASC", "DESC"] as const;

type Compare = (a: Asset, b: Asset) => number;

/** One collator for every name sort: `localeCompare` with options builds one per call (100× slower). */
const byName = new Intl.Collator("en", { sensitivity: "base" });

/**
 * The order asked for, checked before anything is read: an unknown value, or one of the two
 * without the other, is a 400 naming the allowed values. Without both: position (creation) order.
 */
export function assetOrder(s: BfState, q: Query): (ids: string[]) => string[] {
  const sortBy = one(q, "sort_by");
  const order = one(q, "order");
  if (sortBy === undefined && order === undefined) return (ids) => ids;
  if (sortBy === undefined || !(SORT_BY as readonly string[]).includes(sortBy)) {
    throw fail(400, `Invalid sort_by "${sortBy ?? ""}": use one of ${SORT_BY.join(", ")}`);
  }
  const direction = order?.toUpperCase();
  if (direction === undefined || !(ORDER as readonly string[]).includes(direction)) {
    throw fail(400, `Invalid order "${order ?? ""}" for sort_by=${sortBy}: use ASC or DESC`);
  }
  const sign = direction === "DESC" ? -1 : 1;
  const compare = comparator(sortBy as (typeof SORT_BY)[number], q);
  return (ids) => {
    // Position is creation order, so a stable sort leaves ties in position order either way.
    const rows = ids.map((id, position) => ({ asset: s.assets.get(id)!, position }));
    rows.sort((a, b) => sign * compare(a.asset, b.asset) || a.position - b.position);
    if (sortBy === "position" && sign < 0) rows.reverse();
    return rows.map((r) => r.asset.id);
  };
}

function comparator(sortBy: (typeof SORT_BY)[number], q: Query): Compare {
  switch (sortBy) {
    case "name":
      return (a, b) => byName.compare(a.name, b.name);
    case "created_at":
      return (a, b) => a.createdAt - b.createdAt;
    case "updated_at":
      return (a, b) => a.updatedAt - b.updatedAt;
    case "score": {
      const score = freeTextScore(q);
      return (a, b) => score(a) - score(b);
    }
    case "position":
      return () => 0;
  }
}
