import { formBody, json, jsonBody, mimeOf, one, type Reply } from "../../core/http";
import { storeFail } from "../errors";
import { isoDate } from "../../core/ids";
import type { Ctx, Router } from "../routing";
import type { Order, SimEnv } from "../state";

const PAGE_SIZE = 10;

export const ORDER_STATUSES = [
  "IN_PROGRESS",
  "CANCELED",
  "FAILED",
  "WAITING_FOR_PAYMENT",
  "FOR_ORDER",
  "IN_PRODUCTION",
  "PRODUCTION_SUSPENDED",
  "OUT_FOR_DELIVERY",
  "FINISHED",
];

function getOrder(env: SimEnv, id: string): Order {
  const order = env.state.orders.get(id);
  if (!order) throw storeFail(404, "Order not found");
  return order;
}

function username(env: SimEnv, order: Order): string {
  return env.state.users.get(order.userId)?.username ?? "unknown";
}

function renderListOrder(env: SimEnv, o: Order): Record<string, unknown> {
  return {
    id: o.id,
    order_ref: o.orderNumber,
    orderNumber: o.orderNumber,
    net_price: o.netPrice,
    date_created: isoDate(o.dateCreated).replace(/Z$/, "+00:00"),
    dateCreated: isoDate(o.dateCreated),
    username: username(env, o),
    userId: o.userId,
    account_name: env.state.account.name,
    order_status: o.status,
    status: o.status,
    currency_symbol: "8364",
  };
}

function renderProducts(o: Order): Record<string, unknown>[] {
  return o.products.map((p) => ({
    id: p.id,
    orderId: o.id,
    product: {
      id: p.productId,
      name: p.name,
      isActive: true,
      product_type: "print",
      sku: p.productId.slice(0, 8),
    },
    referenceId: p.productId.slice(0, 9),
    name: p.name,
    itemPrice: p.itemPrice,
    quantity: p.quantity,
  }));
}

function renderOrder(env: SimEnv, o: Order): Record<string, unknown> {
  return {
    id: o.id,
    orderReference: o.orderNumber,
    orderNumber: o.orderNumber,
    status: o.status,
    dateCreated: isoDate(o.dateCreated),
    dateModified: isoDate(o.dateModified),
    message: o.message,
    trackingnumber: o.trackingnumber,
    userId: o.userId,
    username: username(env, o),
    products: renderProducts(o),
  };
}

/** Only status, message and trackingnumber are applied; misspelled fields are silently lost. */
function applyUpdate(ctx: Ctx, order: Order): void {
  const body: Record<string, unknown> =
    mimeOf(ctx.headers) === "application/json"
      ? jsonBody(ctx.headers, ctx.body)
      : formBody(ctx.headers, ctx.body);
  if (body.status !== undefined) {
    const status = String(body.status);
    if (!ORDER_STATUSES.includes(status)) throw storeFail(400, `Invalid status: ${status}`);
    order.status = status;
  }
  if (body.message !== undefined) order.message = String(body.message);
  if (body.trackingnumber !== undefined) order.trackingnumber = String(body.trackingnumber);
  order.dateModified = ctx.env.clock();
}

function listOrders(ctx: Ctx): Reply {
  const orderNumber = one(ctx.query, "orderNumber");
  if (orderNumber !== undefined) {
    const found = [...ctx.env.state.orders.values()].find((o) => o.orderNumber === orderNumber);
    if (!found) throw storeFail(404, "Order not found");
    return json(200, renderOrder(ctx.env, found));
  }
  const raw = one(ctx.query, "page") ?? "1";
  const page = Number(raw);
  if (!Number.isInteger(page) || page < 1) throw storeFail(400, "page must be a positive integer");
  const orders = [...ctx.env.state.orders.values()].sort((a, b) => b.dateCreated - a.dateCreated);
  return json(
    200,
    orders.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((o) => renderListOrder(ctx.env, o)),
  );
}

export function registerOrders(router: Router): void {
  const r = router.family("brandstore.order:read", "brandstore.order:write");
  r.get("/api/store/order", listOrders);
  r.get("/api/store/order/:id", (ctx) =>
    json(200, renderOrder(ctx.env, getOrder(ctx.env, ctx.params.id))),
  );
  r.get("/api/store/order/:id/products", (ctx) =>
    json(200, renderProducts(getOrder(ctx.env, ctx.params.id))),
  );
  r.post("/api/store/order/:id/products", (ctx) => {
    applyUpdate(ctx, getOrder(ctx.env, ctx.params.id));
    return json(201, { message: "Created", status_code: 201 });
  });
}
