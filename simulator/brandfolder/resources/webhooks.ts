import { fail, json, jsonBody } from "../../core/http";
import { reach } from "../access";
import { ASSET_EVENT_TYPES } from "../events";
import type { Ctx, Router } from "../routing";
import { type Brandfolder, newId } from "../state";
import { hubOf, type SimWebhook } from "../webhookDelivery";

/**
 * Brandfolder's v1 webhooks (its only v1 operations): list, create (one event type per
 * subscription; 409 for the same event type, Brandfolder and callback URL), get, delete, and a
 * test send answered 202. Deliveries live in ../webhookDelivery.ts.
 */
export const V1 = "/api/v1";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function renderWebhook(w: SimWebhook): Obj {
  return {
    id: w.id,
    type: "webhooks",
    attributes: {
      event_type: w.eventType,
      resource_type: w.resourceType,
      resource_key: w.resourceKey,
      callback_url: w.callbackUrl,
      // Not in the OpenAPI file: Brandfolder deactivates a subscription that keeps failing.
      status: w.status,
    },
  };
}

/** `data.attributes` checked; the Brandfolder must be one the caller can write to. */
function subscriptionFields(ctx: Ctx) {
  const data = jsonBody(ctx.headers, ctx.body).data;
  const attrs = isObj(data) ? data.attributes : undefined;
  if (!isObj(attrs)) throw fail(400, "data.attributes must be an object");
  const eventType = attrs.event_type;
  if (
    typeof eventType !== "string" ||
    !(ASSET_EVENT_TYPES as readonly string[]).includes(eventType)
  )
    throw fail(400, `data.attributes.event_type must be one of ${ASSET_EVENT_TYPES.join(", ")}`);
  if (attrs.resource_type !== "brandfolder")
    throw fail(400, "data.attributes.resource_type must be brandfolder");
  if (typeof attrs.resource_key !== "string" || attrs.resource_key === "")
    throw fail(400, "data.attributes.resource_key is required");
  const user = ctx.token!;
  const bf = reach<Brandfolder>(
    ctx.env.state,
    user,
    "brandfolders",
    attrs.resource_key,
    "collaborator",
  );
  const url = typeof attrs.callback_url === "string" ? attrs.callback_url : "";
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  // Brandfolder delivers to public https only; loopback http stands in for it in tests.
  const ok =
    parsed &&
    (parsed.protocol === "https:" ||
      (parsed.protocol === "http:" && LOOPBACK.test(parsed.hostname)));
  if (!ok) throw fail(400, "data.attributes.callback_url must be an https URL");
  return { eventType, brandfolder: bf, callbackUrl: url, attrs, user };
}

function mine(ctx: Ctx): SimWebhook {
  const w = hubOf(ctx.env.state).subscriptions.get(ctx.params.id);
  if (!w || w.ownerId !== ctx.token!.id) throw fail(404, `Webhook ${ctx.params.id} not found`);
  return w;
}

function list(ctx: Ctx) {
  const own = [...hubOf(ctx.env.state).subscriptions.values()].filter(
    (w) => w.ownerId === ctx.token!.id,
  );
  return json(200, { data: own.map(renderWebhook) });
}

function create(ctx: Ctx) {
  const { eventType, brandfolder, callbackUrl, user } = subscriptionFields(ctx);
  const subs = hubOf(ctx.env.state).subscriptions;
  // Whoever made it: the 409 does not say by whom, and only its owner lists it.
  const same = [...subs.values()].some(
    (w) =>
      w.eventType === eventType &&
      w.resourceKey === brandfolder.id &&
      w.callbackUrl === callbackUrl,
  );
  if (same)
    throw fail(409, "A webhook for this event type, resource and callback URL already exists");
  const w: SimWebhook = {
    id: newId(ctx.env.state),
    eventType,
    resourceType: "brandfolder",
    resourceKey: brandfolder.id,
    callbackUrl,
    ownerId: user.id,
    status: "active",
    createdAt: ctx.env.clock(),
  };
  subs.set(w.id, w);
  return json(200, { data: renderWebhook(w) });
}

function remove(ctx: Ctx) {
  hubOf(ctx.env.state).subscriptions.delete(mine(ctx).id);
  return json(200, {});
}

/** Queues the sample payload to the callback URL under an id no subscription has; nothing is made. */
function send(ctx: Ctx) {
  const { eventType, brandfolder, callbackUrl, attrs } = subscriptionFields(ctx);
  const assetKey = typeof attrs.asset_key === "string" ? attrs.asset_key : "demo-asset-key";
  hubOf(ctx.env.state).sendTest(callbackUrl, eventType, {
    assetId: assetKey,
    brandfolderId: brandfolder.id,
  });
  return json(202, { message: "Added demo webhook to queue", status: "ok" });
}

/** The v1 webhook routes. */
export function registerWebhooks(router: Router): void {
  router
    .get(`${V1}/webhooks`, list)
    .post(`${V1}/webhooks/send`, send)
    .post(`${V1}/webhooks`, create)
    .get(`${V1}/webhooks/:id`, (ctx) => json(200, { data: renderWebhook(mine(ctx)) }))
    .delete(`${V1}/webhooks/:id`, remove);
}
