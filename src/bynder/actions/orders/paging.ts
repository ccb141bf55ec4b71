/**
 * The brand store's order list: `page` only. The OpenAPI file documents no `limit`, `orderBy` or
 * keyword for GET /api/store/order/, and the page size is fixed at 10, so every walk of it must be
 * short: dropdowns and lookups read the first pages only, in Bynder's own order.
 */
export const ORDERS_PATH = "/api/store/order/";
export const ORDER_PAGE_SIZE = 10;

export const orderPaging = {
  style: "array",
  pageSize: ORDER_PAGE_SIZE,
  sendLimit: false,
  noun: "orders",
} as const;
