import { orderLinesExample } from "../../examplePayloads/orders";
import { orderIdInput } from "../../inputs/orders";
import { bynderAction } from "../bynderAction";

export const getOrderInfo = bynderAction({
  label: "Get Order Info",
  description:
    "Retrieve the line items of a brand store order: each ordered product with its quantity and price.",
  inputs: {
    id: { ...orderIdInput, comments: "The ID of the order whose line items to retrieve." },
  },
  method: "GET",
  path: "/api/store/order/{id}/products",
  examplePayload: { data: orderLinesExample },
});
