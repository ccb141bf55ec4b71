import { fail, intParam, type Query } from "./http";

/** Page/limit slicing plus the X-Pagination-* headers that users and workflow jobs send. */
export function paginate<T>(
  items: T[],
  q: Query,
  defaultLimit: number,
  maxLimit = 1000,
): { page: T[]; headers: Record<string, string> } {
  const limit = intParam(q, "limit", defaultLimit, { max: maxLimit });
  const page = intParam(q, "page", 1);
  return {
    page: items.slice((page - 1) * limit, page * limit),
    headers: {
      "x-pagination-totalrecords": String(items.length),
      "x-pagination-totalpages": String(Math.max(1, Math.ceil(items.length / limit))),
      "x-pagination-page": String(page),
      "x-pagination-limit": String(limit),
    },
  };
}

/** A comparator from an `orderBy` such as "name asc"; unknown fields or directions give a 400. */
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
