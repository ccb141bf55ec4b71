import { orderListExample } from "../../examplePayloads/orders";
import { fetchAllInput, pageInput } from "../../inputs/common";
import { maxOrdersInput } from "../../inputs/fetchAll";
import { bynderAction } from "../bynderAction";
import { ORDERS_PATH } from "../../endpoints";
import { orderPaging } from "../../paging";

export const listOrders = bynderAction({
  label: "List Orders",
  description: "List brand store orders, ten per page, or every order with Fetch All.",
  inputs: {
    page: {
      ...pageInput,
      comments:
        "Offset page for results: return the N-th set of 10 orders (Bynder fixes the page size at 10). Ignored when Fetch All is on.",
    },
    fetchAll: {
      ...fetchAllInput,
      comments: "Whether to fetch every order, 10 at a time. If true, Page is ignored.",
    },
    maxItems: maxOrdersInput,
  },
  method: "GET",
  path: ORDERS_PATH,
  query: { page: "page" },
  pagination: { ...orderPaging, fetchAllInput: "fetchAll", maxItemsInput: "maxItems" },
  examplePayload: { data: orderListExample },
});
