import {
  type ActionContext,
  type Connection,
  type TriggerPayload,
  trigger,
  util,
} from "@prismatic-io/spectral";
import type { TriggerBranchingResult } from "@prismatic-io/spectral/dist/types";
import { clientFor } from "../../client/clientFor";
import { clock } from "../../client/clock";
import { assetEventExample } from "../../examplePayloads/webhookEvents";
import { connectionInput } from "../../inputs/common";
import {
  eventsInput,
  fetchAssetInput,
  fetchDelaySecondsInput,
  preArchivedDaysInput,
  verifySnsSignatureInput,
} from "../../inputs/webhooks";
import { fetchSubject, hasSubject, isKnownEvent, parseNotification } from "../../webhooks/events";
import { parseEnvelope, SnsRejection, trustedSnsUrl, verifySignature } from "../../webhooks/sns";
import {
  deleteSubscription,
  ensureSubscription,
  listSubscriptions,
  withScopeAdvice,
} from "../../webhooks/subscriptions";
import { triggerExample } from "../triggerExample";

/**
 * Bynder webhooks through Amazon SNS. Deploying creates (or adopts) the portal's webhook
 * configuration for this flow's URL; deleting the instance removes it. Managing configurations
 * needs the webhooks.config:read and webhooks.config:write scopes, which the connection's default
 * scopes do not include, and the "Manage Webhooks configurations" role.
 */
const WEBHOOK_ID = "bynderWebhookId";
const TOPIC_ARN = "bynderSnsTopicArn";
export const NOTIFICATION = "Notification";
export const CONFIRMATION = "Subscription Confirmation";
/** Requests that are not a genuine SNS message from the confirmed topic: answered 400, never run as events. */
export const REJECTED = "Rejected";

const inputs = {
  connection: connectionInput,
  events: eventsInput({
    required: true,
    comments:
      "The Bynder events that start this flow. Deploying creates a webhook configuration for them in Bynder; this needs the webhooks.config:read and webhooks.config:write scopes (add them to the connection's Scopes) and the Manage Webhooks configurations role.",
  }),
  preArchivedNotificationDays: preArchivedDaysInput,
  verifySnsSignature: verifySnsSignatureInput,
  fetchAsset: fetchAssetInput,
  fetchDelaySeconds: fetchDelaySecondsInput,
};

function endpointOf(context: ActionContext): string {
  const url = context.webhookUrls?.[context.flow.name];
  if (!url) throw new Error(`Asset Events: flow "${context.flow.name}" has no webhook URL.`);
  return url;
}

function rawText(data: unknown): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (typeof data === "string") return data;
  return data === undefined || data === null ? "" : JSON.stringify(data);
}

const ok = (body: string) => ({ statusCode: 200, contentType: "text/plain", body });

export const assetEvents = trigger({
  display: {
    label: "Asset Events",
    description:
      "Starts the flow when Bynder sends an asset or job event through its webhooks (Amazon SNS), managing the webhook configuration on deploy and delete.",
  },
  inputs,
  scheduleSupport: "invalid",
  synchronousResponseSupport: "valid",
  allowsBranching: true,
  staticBranchNames: [NOTIFICATION, CONFIRMATION, REJECTED],
  examplePayload: { payload: triggerExample(assetEventExample), branch: NOTIFICATION },
  onInstanceDeploy: async (context, params) => {
    const client = clientFor(params.connection as Connection, context);
    const endpoint = endpointOf(context);
    try {
      const result = await ensureSubscription(client, {
        name: `Prismatic: ${context.flow.name}`.slice(0, 100),
        endpoint,
        protocol: "HTTPS",
        events: params.events ?? [],
        ...(params.preArchivedNotificationDays === undefined
          ? {}
          : { preArchivedNotificationDays: params.preArchivedNotificationDays }),
      });
      context.logger.info(`Asset Events: webhook configuration ${result.id} ${result.action}.`);
      const state: Record<string, unknown> = { ...context.instanceState, [WEBHOOK_ID]: result.id };
      if (result.action === "created") delete state[TOPIC_ARN];
      return { instanceState: state };
    } catch (error) {
      throw withScopeAdvice(error, "Creating the Bynder webhook configuration");
    }
  },
  onInstanceDelete: async (context, params) => {
    const client = clientFor(params.connection as Connection, context);
    try {
      let id = context.instanceState?.[WEBHOOK_ID] as string | undefined;
      if (!id) {
        const endpoint = endpointOf(context);
        id = (await listSubscriptions(client)).find((s) => s.endpoint === endpoint)?.id;
      }
      if (id) await deleteSubscription(client, id);
      const state = { ...context.instanceState };
      delete state[WEBHOOK_ID];
      delete state[TOPIC_ARN];
      return { instanceState: state };
    } catch (error) {
      throw withScopeAdvice(error, "Deleting the Bynder webhook configuration");
    }
  },
  perform: async (context, payload, params): Promise<TriggerBranchingResult<TriggerPayload>> => {
    const client = clientFor(params.connection as Connection, context);
    const headers = util.types.lowerCaseHeaders(payload.headers);
    try {
      const raw = rawText(payload.rawBody?.data ?? payload.body?.data);
      const envelope = parseEnvelope(raw, headers["x-amz-sns-message-type"]);
      if (params.verifySnsSignature !== false) await verifySignature(client, envelope);
      const pinned = context.instanceState?.[TOPIC_ARN] as string | undefined;
      if (pinned && pinned !== envelope.TopicArn)
        throw new SnsRejection(
          `the message comes from topic ${envelope.TopicArn}, not from ${pinned}, the one this flow confirmed.`,
        );
      if (envelope.Type !== "Notification") {
        const data = {
          type: envelope.Type,
          topicArn: envelope.TopicArn,
          messageId: envelope.MessageId,
        };
        if (envelope.Type === "SubscriptionConfirmation") {
          const url = trustedSnsUrl(envelope.SubscribeURL, "SubscribeURL");
          // SNS's own URL: fetched without the Bynder token.
          await client.requestUnauthenticated(url.href, { method: "GET", responseType: "text" });
          context.instanceState[TOPIC_ARN] = envelope.TopicArn;
        }
        return {
          payload: { ...payload, body: { data } },
          response: ok(`${envelope.Type} accepted`),
          branch: CONFIRMATION,
          instanceState: context.instanceState,
        };
      }
      if (!pinned) context.instanceState[TOPIC_ARN] = envelope.TopicArn;
      const event = parseNotification(envelope);
      if (!isKnownEvent(event.eventType))
        context.logger.warn(
          `Asset Events: passing on an event Bynder did not document: ${event.eventType}.`,
        );
      const data: Record<string, unknown> = { ...event };
      if (params.fetchAsset !== false && hasSubject(event)) {
        const delay = params.fetchDelaySeconds ?? 5;
        if (delay > 0) await clock().sleep(delay * 1000);
        const subject = await fetchSubject(client, event);
        if (subject) data[subject.key] = subject.value;
      }
      return {
        payload: { ...payload, body: { data } },
        response: ok("Notification accepted"),
        branch: NOTIFICATION,
        instanceState: context.instanceState,
      };
    } catch (error) {
      if (!(error instanceof SnsRejection)) throw error;
      // A forged or malformed request must not fail the flow: it gets a 400 and its own branch.
      const reason = `Asset Events rejected the request: ${error.message}`;
      context.logger.warn(reason);
      return {
        payload: { ...payload, body: { data: { rejected: true, reason } } },
        response: { statusCode: 400, contentType: "text/plain", body: reason },
        branch: REJECTED,
        instanceState: context.instanceState,
      };
    }
  },
});
