import {
  type OrderListItem,
  orderExample,
  orderLinesExample,
  orderListItemExample,
  updateOrderExample,
} from "../../../src/bynder/examplePayloads/orders";
import type { Contracts } from "./types";

const ID = orderExample.id;

/** Bynder's fixed page of 10 orders, none of them NL0456. */
const fullPage: OrderListItem[] = Array.from({ length: 10 }, (_, i) => ({
  ...orderListItemExample,
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  order_ref: `NL05${String(i).padStart(2, "0")}`,
  order_status: "Finished",
}));
const shortPage: OrderListItem[] = [orderListItemExample];

export const ordersContracts: Contracts = {
  getOrder: {
    // By order number: Bynder has no filter, so the order list is searched page by page.
    inputs: { id: "", orderNumber: "nl0456" },
    requests: [
      { method: "GET", path: "/api/store/order/", query: { page: "1" }, reply: { body: fullPage } },
      {
        method: "GET",
        path: "/api/store/order/",
        query: { page: "2" },
        reply: { body: shortPage },
      },
      { method: "GET", path: `/api/store/order/${ID}/`, reply: { body: orderExample } },
    ],
  },
  getOrderInfo: {
    inputs: { id: ID },
    requests: [
      {
        method: "GET",
        path: `/api/store/order/${ID}/products`,
        reply: { body: orderLinesExample },
      },
    ],
  },
  listOrders: {
    inputs: { fetchAll: "true", page: "4" },
    requests: [
      { method: "GET", path: "/api/store/order/", query: { page: "1" }, reply: { body: fullPage } },
      {
        method: "GET",
        path: "/api/store/order/",
        query: { page: "2" },
        reply: { body: shortPage },
      },
    ],
    expected: [...fullPage, ...shortPage],
  },
  updateOrder: {
    inputs: {
      id: ID,
      status: "OUT_FOR_DELIVERY",
      message: "Your order has been shipped.",
      trackingNumber: "1Z999AA10123456784",
    },
    requests: [
      {
        method: "POST",
        path: `/api/store/order/${ID}/products`,
        encoding: "form",
        body: {
          status: "OUT_FOR_DELIVERY",
          message: "Your order has been shipped.",
          trackingnumber: "1Z999AA10123456784",
        },
        reply: { status: 201, body: updateOrderExample },
      },
    ],
  },
};
