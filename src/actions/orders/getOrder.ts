import { action } from "@prismatic-io/spectral";
import type { BynderClient } from "../../client/createBynderClient";
import { paginate } from "../../client/paginate";
import { type Order, type OrderListItem, orderExample } from "../../examplePayloads/orders";
import { InputError } from "../../inputs/clean";
import { connectionInput } from "../../inputs/common";
import { optionalOrderIdInput, orderNumberInput } from "../../inputs/orders";
import { clientFor } from "../../client/clientFor";
import { BYNDER_REFERENCE } from "../actionSpec";
import { ORDERS_PATH, orderPaging } from "./paging";

const ORDER_PATH = "/api/store/order/{id}/";

function checkOneOf(id: string | undefined, orderNumber: string | undefined) {
  if (id === undefined && orderNumber === undefined)
    throw new InputError("Order ID", 'or "Order Number" is required: fill in one of them.');
  if (id !== undefined && orderNumber !== undefined)
    throw new InputError(
      "Order ID",
      'and "Order Number" cannot both be given: fill in only one of them.',
    );
}

/** Bynder has no order-number filter, so walk the order list until the reference matches. */
async function findOrderId(
  client: BynderClient,
  orderNumber: string,
  warn: (message: string) => void,
): Promise<string> {
  const wanted = orderNumber.toLowerCase();
  let searched = 0;
  for await (const page of paginate<OrderListItem>(client, {
    ...orderPaging,
    request: { path: ORDERS_PATH },
    onCapReached: (n) => warn(`Get Order: stopped searching after ${n} pages (page cap).`),
  })) {
    const match = page.items.find((o) => String(o.order_ref ?? "").toLowerCase() === wanted);
    if (match) return match.id;
    searched += page.items.length;
  }
  throw new InputError(
    "Order Number",
    `is "${orderNumber}", which matches no order in the brand store (${searched} searched).`,
  );
}

export const getOrder = action({
  display: {
    label: "Get Order",
    description: `Retrieve a brand store order (reference, status and creation date) by its ID or its order number. Bynder API: GET ${ORDER_PATH}, after GET ${ORDERS_PATH} to look up an order number (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    id: optionalOrderIdInput,
    orderNumber: orderNumberInput,
  },
  examplePayload: { data: orderExample },
  perform: async (context, { connection, id, orderNumber }) => {
    checkOneOf(id, orderNumber);
    const client = clientFor(connection, context);
    const orderId =
      id ?? (await findOrderId(client, orderNumber as string, (m) => context.logger.warn(m)));
    const { data } = await client.request<Order>({
      method: "GET",
      path: ORDER_PATH,
      pathParams: { id: orderId },
    });
    return { data };
  },
});
