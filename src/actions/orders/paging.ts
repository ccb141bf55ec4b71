/** The brand store's order list: `page` only, with a page size Bynder fixes at 10. */
export const ORDERS_PATH = "/api/store/order/";
export const ORDER_PAGE_SIZE = 10;

export const orderPaging = {
  style: "array",
  pageSize: ORDER_PAGE_SIZE,
  sendLimit: false,
} as const;
