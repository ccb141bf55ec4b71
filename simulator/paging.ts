import { intParam, type Query } from "./http";

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
