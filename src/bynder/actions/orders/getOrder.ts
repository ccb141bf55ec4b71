import { action } from "@prismatic-io/spectral";
import type { BynderClient } from "../../client/clientFor";
import { paginate } from "../../../core/paging/paginate";
import { type Order, type OrderListItem, orderExample } from "../../examplePayloads/orders";
import { InputError } from "../../../core/inputs/clean";
import { connectionInput } from "../../inputs/common";
import { optionalOrderIdInput, orderNumberInput } from "../../inputs/orders";
import { clientFor } from "../../client/clientFor";
import { BYNDER_PAGING, BYNDER_REFERENCE, ORDERS_PATH } from "../../endpoints";
import { orderPaging } from "../../paging";

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

/** Bound of the order-number lookup: the first 50 pages of 10, in Bynder's own order. */
const LOOKUP_MAX_PAGES = 50;

/**
 * Bynder has no order-number filter, so read the order list until the reference matches, within a
 * bound: a brand store can hold thousands of orders, 10 per request.
 */
async function findOrderId(client: BynderClient, orderNumber: string): Promise<string> {
  const wanted = orderNumber.toLowerCase();
  let searched = 0;
  let hasMore = false;
  for await (const page of paginate<OrderListItem>(client, {
    ...orderPaging,
    vendor: BYNDER_PAGING,
    request: { path: ORDERS_PATH },
    maxPages: LOOKUP_MAX_PAGES,
  })) {
    const match = page.items.find((o) => String(o.order_ref ?? "").toLowerCase() === wanted);
    if (match) return match.id;
    searched += page.items.length;
    hasMore = page.hasMore;
  }
  throw new InputError(
    "Order Number",
    hasMore
      ? `is "${orderNumber}", which is not among the first ${searched} orders Bynder lists (the most this step reads: ${LOOKUP_MAX_PAGES} requests of 10). Use "Order ID" instead: pick it from the list or map it from List Orders.`
      : `is "${orderNumber}", which matches no order in the brand store (${searched} searched).`,
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
    const orderId = id ?? (await findOrderId(client, orderNumber as string));
    const { data } = await client.request<Order>({
      method: "GET",
      path: ORDER_PATH,
      pathParams: { id: orderId },
    });
    return { data };
  },
});
