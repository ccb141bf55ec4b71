import { randomUUID } from "node:crypto";
import { empty, fail, json, jsonBody, one } from "../../core/http";
import type { Ctx, Router } from "../routing";
import type { SimEnv, SimState, SimSubscription } from "../state";
import { snsFor } from "./sns";

/**
 * Bynder's v7 webhook configurations: list, create (with or without an id in the path, since
 * Bynder's OpenAPI file and its reference page disagree), get, PUT (events, pre-archive days),
 * PATCH (name, status) and delete; at most 10 per portal; `confirmed` turns true once SNS's
 * SubscribeURL was fetched (see ./sns.ts).
 */
export const WEBHOOK_CAP = 10;
export const WEBHOOKS_PATH = "/v7/webhooks/public/api/subscriptions";

export type { SimSubscription } from "../state";

/** The portal's webhook configurations (kept in the state, like everything else). */
export function subscriptionsOf(state: SimState): Map<string, SimSubscription> {
  return state.webhooks;
}

export function renderSubscription(s: SimSubscription): Record<string, unknown> {
  const { topicArn: _t, token: _k, ...visible } = s;
  return visible;
}

function find(env: SimEnv, id: string): SimSubscription {
  const s = subscriptionsOf(env.state).get(id);
  if (!s) throw fail(404, "Webhook configuration not found");
  return s;
}

function strings(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    throw fail(400, `${field} must be an array of strings`);
  return value;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * SNS refuses to subscribe an endpoint that does not fit the protocol ("Invalid parameter:
 * Endpoint"), so Bynder cannot create the configuration. Loopback http stands in for https here,
 * so tests can receive deliveries.
 */
function endpointProblem(protocol: string, endpoint: string): string | undefined {
  switch (protocol.toUpperCase()) {
    case "HTTPS": {
      let url: URL;
      try {
        url = new URL(endpoint);
      } catch {
        return "is not a URL";
      }
      const ok =
        url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
      return ok ? undefined : "must be an https URL";
    }
    case "EMAIL":
    case "EMAIL-JSON":
      return /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:.]+$/.test(endpoint)
        ? undefined
        : "must be an email address";
    case "SQS":
      if (!/^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]+(\.fifo)?$/.test(endpoint))
        return "must be an SQS queue ARN";
      return endpoint.endsWith(".fifo")
        ? "is a FIFO queue, which SNS cannot deliver to"
        : undefined;
    default:
      return undefined;
  }
}

function create(ctx: Ctx) {
  const body = jsonBody(ctx.headers, ctx.body);
  const store = subscriptionsOf(ctx.env.state);
  if (store.size >= WEBHOOK_CAP)
    throw fail(400, `The maximum of ${WEBHOOK_CAP} webhook configurations is reached`);
  for (const field of ["name", "endpoint", "protocol"])
    if (typeof body[field] !== "string" || body[field] === "")
      throw fail(400, `${field} is required`);
  const problem = endpointProblem(body.protocol as string, body.endpoint as string);
  if (problem)
    throw fail(400, `Invalid parameter: Endpoint ${problem} for protocol ${body.protocol}`);
  const id = randomUUID();
  const sub: SimSubscription = {
    id,
    name: body.name as string,
    endpoint: body.endpoint as string,
    protocol: body.protocol as string,
    events: strings(body.events, "events"),
    preArchivedNotificationDays: Number(body.preArchivedNotificationDays ?? 0),
    status: 1,
    confirmed: false,
    topicArn: `arn:aws:sns:eu-west-1:000000000000:bynder-webhook-${id}`,
    token: randomUUID().replace(/-/g, ""),
  };
  store.set(id, sub);
  return json(201, { id });
}

export function registerWebhooks(router: Router): void {
  const r = router.family("webhooks.config:read", "webhooks.config:write");
  r.get(WEBHOOKS_PATH, (ctx) =>
    json(200, [...subscriptionsOf(ctx.env.state).values()].map(renderSubscription)),
  );
  r.post(WEBHOOKS_PATH, create);
  r.post(`${WEBHOOKS_PATH}/:id`, create);
  r.get(`${WEBHOOKS_PATH}/:id`, (ctx) =>
    json(200, renderSubscription(find(ctx.env, ctx.params.id))),
  );
  r.put(`${WEBHOOKS_PATH}/:id`, (ctx) => {
    const s = find(ctx.env, ctx.params.id);
    const body = jsonBody(ctx.headers, ctx.body);
    if (body.events !== undefined) s.events = strings(body.events, "events");
    if (body.preArchivedNotificationDays !== undefined)
      s.preArchivedNotificationDays = Number(body.preArchivedNotificationDays);
    return empty(200);
  });
  r.patch(`${WEBHOOKS_PATH}/:id`, (ctx) => {
    const s = find(ctx.env, ctx.params.id);
    const body = jsonBody(ctx.headers, ctx.body);
    if (typeof body.name === "string") s.name = body.name;
    if (body.status !== undefined) s.status = Number(body.status);
    return empty(200);
  });
  r.delete(`${WEBHOOKS_PATH}/:id`, (ctx) => {
    find(ctx.env, ctx.params.id);
    subscriptionsOf(ctx.env.state).delete(ctx.params.id);
    return empty(204);
  });
  // SNS's side, public like AWS's own endpoints: the signing certificate and the SubscribeURL.
  router.get("/sns/cert.pem", (ctx) => snsFor(ctx.env.state).certificateReply(), { public: true });
  router.get(
    "/sns/confirm",
    (ctx) => {
      const token = one(ctx.query, "Token") ?? "";
      const sub = [...subscriptionsOf(ctx.env.state).values()].find((s) => s.token === token);
      if (!sub) throw fail(404, "Unknown subscription token");
      sub.confirmed = true;
      return json(200, {
        ConfirmSubscriptionResult: { SubscriptionArn: `${sub.topicArn}:${sub.id}` },
      });
    },
    { public: true },
  );
}
