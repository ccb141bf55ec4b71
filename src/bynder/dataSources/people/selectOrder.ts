import { ORDERS_PATH } from "../../endpoints";
import { orderPaging } from "../../paging";
import type { OrderListItem } from "../../examplePayloads/orders";
import { picklist } from "../picklist";

export const selectOrder = picklist({
  label: "Select Order",
  description:
    "Pick a brand store order by its reference and status, among the first 200 Bynder lists.",
  // 10 orders per request and no filter or sort: 20 requests, kept in Bynder's order.
  maxRequests: 20,
  order: "api",
  more: { noun: "orders" },
  pages: { ...orderPaging, request: () => ({ path: ORDERS_PATH }) },
  element: (order: OrderListItem) => ({
    key: order.id,
    label: order.order_status
      ? `${order.order_ref || order.id} (${order.order_status})`
      : order.order_ref || order.id,
  }),
  example: [{ key: "5E8A2C4D-7B1F-4D3A-9C6E0A2B4D6F8A1C", label: "NL0456 (In production)" }],
});
