import { z } from "zod";
import { ApiError } from "../../core/http/errors";
import { parseResponse } from "../../core/http/parseResponse";
import type { BrandfolderClient } from "../client";
import { WEBHOOK_PATH, WEBHOOKS_PATH } from "../endpoints";
import { withoutSecretParam } from "./delivery";

/**
 * The trigger's v1 webhook subscriptions: one per event type (Brandfolder takes one each), all to
 * the same callback URL. Brandfolder answers 409 for a subscription that exists, so a redeploy
 * adopts what it finds instead of adding a duplicate.
 */
export interface Subscription {
  id: string;
  eventType: string;
  brandfolderKey: string;
  callbackUrl: string;
  /** Not in the OpenAPI file; "inactive" once Brandfolder gave up on it. */
  status?: string;
}

export interface Wanted {
  brandfolderKey: string;
  events: readonly string[];
  callbackUrl: string;
}

const webhookSchema = z.looseObject({
  id: z.string().min(1),
  attributes: z.looseObject({
    event_type: z.string(),
    resource_key: z.string(),
    callback_url: z.string(),
    status: z.string().optional(),
  }),
});

const toSubscription = (w: z.output<typeof webhookSchema>): Subscription => ({
  id: w.id,
  eventType: w.attributes.event_type,
  brandfolderKey: w.attributes.resource_key,
  callbackUrl: w.attributes.callback_url,
  ...(w.attributes.status ? { status: w.attributes.status } : {}),
});

const expected = (what: string, shape: string) => ({ vendor: "Brandfolder", what, shape });

export async function listWebhooks(client: BrandfolderClient): Promise<Subscription[]> {
  const response = await client.request({ method: "GET", path: WEBHOOKS_PATH });
  const list = parseResponse(
    z.looseObject({ data: z.array(webhookSchema) }),
    response.data,
    expected(`webhook list from GET ${WEBHOOKS_PATH}`, "{data: [{id, attributes}]}"),
  );
  return list.data.map(toSubscription);
}

async function createWebhook(
  client: BrandfolderClient,
  eventType: string,
  wanted: Wanted,
): Promise<Subscription> {
  const response = await client.request({
    method: "POST",
    path: WEBHOOKS_PATH,
    body: {
      encoding: "json",
      value: {
        data: {
          attributes: {
            event_type: eventType,
            resource_type: "brandfolder",
            resource_key: wanted.brandfolderKey,
            callback_url: wanted.callbackUrl,
          },
        },
      },
    },
  });
  const made = parseResponse(
    z.looseObject({ data: webhookSchema }),
    response.data,
    expected(`answer to POST ${WEBHOOKS_PATH}`, "{data: {id, attributes}}"),
  );
  return toSubscription(made.data);
}

/** Deletes one subscription; one already gone (404) counts as deleted. */
export async function deleteWebhook(client: BrandfolderClient, id: string): Promise<boolean> {
  try {
    await client.request({ method: "DELETE", path: WEBHOOK_PATH, pathParams: { webhookId: id } });
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}

const matches = (s: Subscription, eventType: string, w: Wanted) =>
  s.eventType === eventType &&
  s.brandfolderKey === w.brandfolderKey &&
  s.callbackUrl === w.callbackUrl;

/**
 * Creates the subscription for one event, or adopts the one a 409 says exists. One Brandfolder
 * stopped delivering to (inactive) is replaced, as the API cannot reactivate it.
 */
async function subscribe(
  client: BrandfolderClient,
  eventType: string,
  wanted: Wanted,
): Promise<{ subscription: Subscription; action: "created" | "adopted" | "replaced" }> {
  try {
    return { subscription: await createWebhook(client, eventType, wanted), action: "created" };
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
  }
  const found = (await listWebhooks(client)).find((s) => matches(s, eventType, wanted));
  if (!found)
    throw new Error(
      `Asset Events could not subscribe to ${eventType} on Brandfolder ${wanted.brandfolderKey}: Brandfolder says a subscription for this flow's URL exists (HTTP 409), yet GET ${WEBHOOKS_PATH} does not list it, so it probably belongs to another user. Delete it in Brandfolder with that user's API key (or use that user's key in this connection) and deploy again.`,
    );
  if (found.status !== "inactive") return { subscription: found, action: "adopted" };
  await deleteWebhook(client, found.id);
  return { subscription: await createWebhook(client, eventType, wanted), action: "replaced" };
}

/** Subscriptions kept in instance state; anything unreadable counts as none. */
export function storedSubscriptions(value: unknown): Subscription[] {
  const parsed = z
    .array(
      z.object({
        id: z.string(),
        eventType: z.string(),
        brandfolderKey: z.string(),
        callbackUrl: z.string(),
      }),
    )
    .safeParse(value);
  return parsed.success ? parsed.data : [];
}

/**
 * Makes Brandfolder hold exactly one subscription per wanted event: removes the ones a previous
 * deploy made that are no longer wanted (another event, Brandfolder or URL), then subscribes.
 */
export async function syncSubscriptions(
  client: BrandfolderClient,
  stored: Subscription[],
  wanted: Wanted,
): Promise<{ subscriptions: Subscription[]; log: string[] }> {
  const log: string[] = [];
  for (const old of stored) {
    if (wanted.events.some((e) => matches(old, e, wanted))) continue;
    await deleteWebhook(client, old.id);
    log.push(`removed ${old.eventType} subscription ${old.id}, no longer wanted`);
  }
  const subscriptions: Subscription[] = [];
  for (const eventType of wanted.events) {
    const { subscription, action } = await subscribe(client, eventType, wanted);
    const { status: _status, ...kept } = subscription;
    subscriptions.push(kept);
    log.push(`${action} ${eventType} subscription ${subscription.id}`);
  }
  return { subscriptions, log };
}

/**
 * Deletes the instance's subscriptions. Without stored ones (state lost), the ones that call this
 * flow's URL, whatever their secret, are found in the list.
 */
export async function removeSubscriptions(
  client: BrandfolderClient,
  stored: Subscription[],
  flowUrl: string | undefined,
): Promise<string[]> {
  let targets = stored;
  if (!targets.length && flowUrl) {
    const base = withoutSecretParam(flowUrl);
    targets = (await listWebhooks(client)).filter(
      (s) => withoutSecretParam(s.callbackUrl) === base,
    );
  }
  const removed: string[] = [];
  for (const s of targets) {
    await deleteWebhook(client, s.id);
    removed.push(s.id);
  }
  return removed;
}
