import { z } from "zod";
import { parseResponse } from "../../core/http/parseResponse";
import type { BynderClient } from "../client/clientFor";
import { BynderApiError } from "../client/errors";

/**
 * Bynder's v7 webhook configurations. They need the `webhooks.config:read` and
 * `webhooks.config:write` scopes (not among the connection's default scopes) and the "Manage
 * Webhooks configurations" role. A portal allows 10 configurations.
 */
export const SUBSCRIPTIONS_PATH = "/v7/webhooks/public/api/subscriptions";
export const SUBSCRIPTION_PATH = `${SUBSCRIPTIONS_PATH}/{id}`;
export const MAX_SUBSCRIPTIONS = 10;
export const SCOPE_ADVICE =
  'Webhooks need the "webhooks.config:read" and "webhooks.config:write" scopes (add them to the connection\'s Scopes and reconnect; they are not among the defaults) and the "Manage Webhooks configurations" role for the connected user.';

export const WEBHOOK_EVENTS = [
  "asset_bank.media.create",
  "asset_bank.media.updated",
  "asset_bank.media.meta_updated",
  "asset_bank.media.archived",
  "asset_bank.media.pre_archived",
  "asset_bank.media.deleted",
  "workflow.job.create",
  "antivirus.scan.failed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface Subscription {
  id: string;
  name?: string;
  endpoint?: string;
  protocol?: string;
  events?: string[];
  preArchivedNotificationDays?: number;
  status?: number;
  confirmed?: boolean;
  [field: string]: unknown;
}

export interface NewSubscription {
  name: string;
  endpoint: string;
  protocol: string;
  events: string[];
  preArchivedNotificationDays?: number;
}

/** Bynder's list answer: a plain array, or an envelope around one (undocumented, so both). */
const ENVELOPE_KEYS = ["subscriptions", "items", "data", "results"] as const;
const LIST = z.array(z.unknown());
const LIST_ANSWER = z
  .union([LIST, ...ENVELOPE_KEYS.map((key) => z.looseObject({ [key]: LIST }))])
  .transform((answer) =>
    Array.isArray(answer)
      ? answer
      : (ENVELOPE_KEYS.map((key) => answer[key]).find(Array.isArray) as unknown[]),
  );

export function subscriptionsOf(data: unknown): Subscription[] {
  return parseResponse(LIST_ANSWER, data, {
    vendor: "Bynder",
    what: `webhook list from GET ${SUBSCRIPTIONS_PATH}`,
    shape: "an array",
  }) as Subscription[];
}

export async function listSubscriptions(client: BynderClient): Promise<Subscription[]> {
  const response = await client.request({ method: "GET", path: SUBSCRIPTIONS_PATH });
  return subscriptionsOf(response.data);
}

/**
 * Creates a configuration. Bynder's OpenAPI file puts `{id}` on this POST, but its reference page
 * and its own client code create without one, so the id-less form is sent.
 */
export async function createSubscription(
  client: BynderClient,
  body: NewSubscription,
): Promise<{ id: string }> {
  const response = await client.request<{ id?: unknown }>({
    method: "POST",
    path: SUBSCRIPTIONS_PATH,
    body: { encoding: "json", value: body },
  });
  const id = response.data?.id;
  if (typeof id !== "string" || id === "")
    throw new Error(
      "Bynder created the webhook but returned no id. Look it up with List Webhooks.",
    );
  return { id };
}

/** Deletes a configuration; one that is already gone (404) counts as deleted. */
export async function deleteSubscription(client: BynderClient, id: string): Promise<boolean> {
  try {
    await client.request({ method: "DELETE", path: SUBSCRIPTION_PATH, pathParams: { id } });
    return true;
  } catch (error) {
    if (error instanceof BynderApiError && error.status === 404) return false;
    throw error;
  }
}

const sameEvents = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Adds the scope and role advice to a 403. */
export function withScopeAdvice(error: unknown, doing: string): unknown {
  if (error instanceof BynderApiError && error.status === 403)
    return new Error(`${doing} failed: Bynder refused it (HTTP 403). ${SCOPE_ADVICE}`);
  return error;
}

/**
 * Makes sure one configuration sends `events` to `endpoint`: adopts (and if needed updates) one
 * that already points there, so a redeploy never adds a duplicate; otherwise creates one, unless
 * the portal's 10 configurations are used up.
 */
export async function ensureSubscription(
  client: BynderClient,
  wanted: NewSubscription,
): Promise<{ id: string; action: "created" | "adopted" | "updated" }> {
  const existing = await listSubscriptions(client);
  const mine = existing.find((s) => s.endpoint === wanted.endpoint);
  if (mine) {
    const days = wanted.preArchivedNotificationDays;
    if (
      sameEvents(mine.events, wanted.events) &&
      (days === undefined || days === mine.preArchivedNotificationDays)
    )
      return { id: mine.id, action: "adopted" };
    await client.request({
      method: "PUT",
      path: SUBSCRIPTION_PATH,
      pathParams: { id: mine.id },
      body: {
        encoding: "json",
        value: {
          events: wanted.events,
          ...(days === undefined ? {} : { preArchivedNotificationDays: days }),
        },
      },
    });
    return { id: mine.id, action: "updated" };
  }
  if (existing.length >= MAX_SUBSCRIPTIONS) {
    throw new Error(
      `Bynder allows ${MAX_SUBSCRIPTIONS} webhook configurations per portal and ${existing.length} exist already. Delete one (Delete Webhook, or in Bynder's Webhooks settings) and deploy again.`,
    );
  }
  const { id } = await createSubscription(client, wanted);
  return { id, action: "created" };
}
