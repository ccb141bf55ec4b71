import { type ActionContext, type Connection, trigger } from "@prismatic-io/spectral";
import { clock } from "../../core/http/clock";
import { recentDeliveries } from "../../core/webhooks/dedupe";
import {
  DELIVERY_BRANCHES,
  DUPLICATE,
  flowWebhookUrl,
  receiveWebhook,
  WebhookRejection,
} from "../../core/webhooks/branches";
import { triggerExample } from "../../core/webhooks/triggerExample";
import { clientFor } from "../client";
import { assetEventExample } from "../examplePayloads/assetEvents";
import {
  assetEventTypesInput,
  eventsBrandfolderIdInput,
  fetchEventAssetInput,
  foldCreateUpdateInput,
} from "../inputs/assetEvents";
import { connectionInput } from "../inputs/common";
import {
  type AssetEvent,
  callbackUrl,
  checkSecret,
  newCallbackSecret,
  parseDelivery,
  SECRET_PARAM,
  withoutSecret,
  withoutSecretParam,
} from "./delivery";
import { readAsset } from "./readAsset";
import {
  deleteWebhook,
  listWebhooks,
  removeSubscriptions,
  storedSubscriptions,
  syncSubscriptions,
} from "./subscriptions";

/**
 * Brandfolder's v1 webhooks for one Brandfolder's assets. Deploying subscribes the flow's URL
 * (with a per-instance secret in its query) once per chosen event; deleting the instance removes
 * the subscriptions. Brandfolder signs nothing: the secret and the webhook ids this instance made
 * are what tell a genuine delivery from a forged one.
 */
export const EVENT = "Event";
export { DUPLICATE, REJECTED } from "../../core/webhooks/branches";

/** Instance-state keys: kept across redeploys, so the callback URL (and its secret) never change. */
export const SECRET_KEY = "brandfolderCallbackSecret";
export const SUBSCRIPTIONS_KEY = "brandfolderSubscriptions";
const FOLD_KEY = "brandfolderFoldMemory";
const DELIVERY = { label: "Asset Events", stateKey: "brandfolderDeliveries" };

const inputs = {
  connection: connectionInput,
  brandfolderId: eventsBrandfolderIdInput,
  events: assetEventTypesInput,
  fetchAsset: fetchEventAssetInput,
  foldCreateUpdate: foldCreateUpdateInput,
};

const flowUrlOf = (context: ActionContext) => flowWebhookUrl(context, "Asset Events");

const secretOf = (state: Record<string, unknown> | undefined) => {
  const value = state?.[SECRET_KEY];
  return typeof value === "string" && value !== "" ? value : undefined;
};

/**
 * With the fold on: true for the first asset.update after an asset's asset.create (Brandfolder
 * sends it once the new asset is processed). Remembered in a bounded, aging list; an update that
 * arrives before its create (out of order) stops that create from folding a later update.
 */
function folds(state: Record<string, unknown>, event: AssetEvent): boolean {
  const now = clock().now();
  const seen = recentDeliveries(state[FOLD_KEY], now);
  const has = (id: string) => seen.some(([known]) => known === id);
  const created = `create:${event.assetKey}`;
  const updated = `update:${event.assetKey}`;
  let fold = false;
  let next = seen;
  if (event.eventType === "asset.create" && !has(updated)) next = [...seen, [created, now]];
  if (event.eventType === "asset.update") {
    fold = has(created);
    next = fold ? seen.filter(([id]) => id !== created) : [...seen, [updated, now]];
  }
  state[FOLD_KEY] = recentDeliveries(next, now);
  return fold;
}

export const assetEvents = trigger({
  display: {
    label: "Asset Events",
    description:
      "Starts the flow when an asset is created, updated or deleted in a Brandfolder, managing the Brandfolder webhook subscriptions on deploy and delete.",
  },
  inputs,
  scheduleSupport: "invalid",
  synchronousResponseSupport: "valid",
  allowsBranching: true,
  staticBranchNames: [EVENT, ...DELIVERY_BRANCHES],
  examplePayload: { payload: triggerExample(assetEventExample), branch: EVENT },
  onInstanceDeploy: async (context, params) => {
    const state: Record<string, unknown> = { ...context.instanceState };
    const kept = secretOf(state);
    const secret = kept ?? newCallbackSecret();
    const client = clientFor(params.connection as Connection, context, { secrets: [secret] });
    const flowUrl = flowUrlOf(context);
    const wanted = {
      brandfolderKey: params.brandfolderId,
      events: params.events ?? [],
      callbackUrl: callbackUrl(flowUrl, secret),
    };
    if (!kept) {
      // A new secret: subscriptions to this flow under an older one (a deploy that failed half
      // way, lost state) could never be accepted, so they go.
      const base = withoutSecretParam(flowUrl);
      for (const s of await listWebhooks(client))
        if (withoutSecretParam(s.callbackUrl) === base && s.callbackUrl !== wanted.callbackUrl)
          await deleteWebhook(client, s.id);
    }
    const stored = storedSubscriptions(state[SUBSCRIPTIONS_KEY]);
    const { subscriptions, log } = await syncSubscriptions(client, stored, wanted);
    for (const line of log) context.logger.info(`Asset Events: ${line}.`);
    return {
      instanceState: { ...state, [SECRET_KEY]: secret, [SUBSCRIPTIONS_KEY]: subscriptions },
    };
  },
  onInstanceDelete: async (context, params) => {
    const state: Record<string, unknown> = { ...context.instanceState };
    const secret = secretOf(state);
    const client = clientFor(params.connection as Connection, context, {
      secrets: secret ? [secret] : [],
    });
    const flowUrl = context.webhookUrls?.[context.flow.name];
    const stored = storedSubscriptions(state[SUBSCRIPTIONS_KEY]);
    const removed = await removeSubscriptions(client, stored, flowUrl);
    context.logger.info(`Asset Events: removed ${removed.length} subscription(s).`);
    delete state[SUBSCRIPTIONS_KEY];
    return { instanceState: state };
  },
  perform: (context, payload, params) => {
    const startedAt = clock().now();
    const state = context.instanceState;
    // The secret never reaches the flow's later steps or its execution log.
    return receiveWebhook(context, withoutSecret(payload), DELIVERY, async (delivery) => {
      checkSecret(payload.queryParameters?.[SECRET_PARAM], secretOf(state));
      const event = parseDelivery(payload);
      const known = storedSubscriptions(state[SUBSCRIPTIONS_KEY]);
      if (!known.some((s) => s.id === event.webhookId))
        // 2xx: Brandfolder retries anything else 15 times and then deactivates the subscription.
        throw new WebhookRejection(
          `webhook_id ${event.webhookId} is not one of this instance's subscriptions (a test send, or one it no longer manages).`,
          { statusCode: 200 },
        );
      // Brandfolder sends no delivery id: a retry repeats these four fields exactly.
      const id = [event.webhookId, event.eventType, event.assetKey, event.eventTime].join("|");
      const duplicate = delivery.duplicate(id, { ...event });
      if (duplicate) return duplicate;
      if (params.foldCreateUpdate && folds(state, event))
        return delivery.accept(
          DUPLICATE,
          { duplicate: true, folded: true, ...event },
          "The asset's first update was folded into its create",
        );
      const data: Record<string, unknown> = { ...event };
      if (params.fetchAsset) {
        const secret = secretOf(state);
        Object.assign(
          data,
          await readAsset(context, params.connection as Connection, event, {
            startedAt,
            secrets: secret ? [secret] : [],
          }),
        );
      }
      return delivery.accept(EVENT, data, "Event accepted");
    });
  },
});
