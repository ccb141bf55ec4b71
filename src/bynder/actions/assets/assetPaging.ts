import type { Pagination } from "../../../core/actions/actionSpec";

/** Fetch All over /api/v4/media/, shared by List Assets and Search Assets (and the bench). */
export const assetPagination = {
  style: "envelope",
  itemsKey: "media",
  pageSize: 1000,
  fetchAllInput: "fetchAll",
  maxItemsInput: "maxItems",
  noun: "assets",
  defaultOrder: "dateCreated asc",
} as const satisfies Pagination<Record<string, never>>;
