import type { Pagination } from "../core/actions/actionSpec";
import { COLLECTION_PAGE_SIZE, JOB_PAGE_SIZE, MEDIA_PAGE_SIZE, ORDER_PAGE_SIZE } from "./endpoints";

/**
 * How Bynder's shared lists page, for actions, dropdowns and triggers alike. The brand store's
 * order list takes `page` only (no `limit`, `orderBy` or keyword in the OpenAPI file) and fixes the
 * page size at 10, so every walk of it must be short: dropdowns and lookups read the first pages
 * only, in Bynder's own order.
 */
export const orderPaging = {
  style: "array",
  pageSize: ORDER_PAGE_SIZE,
  sendLimit: false,
  noun: "orders",
} as const;

/** Collections, newest first where a walk stops early (dropdowns, the new-collections poll). */
export const collectionPaging = {
  style: "array",
  pageSize: COLLECTION_PAGE_SIZE,
} as const;

/** Job lists, whose totals come in `X-Pagination-*` headers. */
export const jobPaging = { style: "headers", pageSize: JOB_PAGE_SIZE } as const;

/** Fetch All over /api/v4/media/, shared by List Assets and Search Assets (and the bench). */
export const assetPagination = {
  style: "envelope",
  itemsKey: "media",
  pageSize: MEDIA_PAGE_SIZE,
  fetchAllInput: "fetchAll",
  maxItemsInput: "maxItems",
  noun: "assets",
  defaultOrder: "dateCreated asc",
} as const satisfies Pagination<Record<string, never>>;
