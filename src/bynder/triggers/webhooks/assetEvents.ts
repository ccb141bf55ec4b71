import { type ActionContext, type Connection, trigger, util } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { clock } from "../../../core/http/clock";
import { assetEventExample } from "../../examplePayloads/webhookEvents";
import { connectionInput } from "../../inputs/common";
import {
  eventsInput,
  fetchAssetInput,
  fetchDelaySecondsInput,
  preArchivedDaysInput,
  verifySnsSignatureInput,
} from "../../inputs/webhooks";
import { ANSWER_BUDGET_MS, plannedDelayMs, readLimits } from "../../../core/webhooks/answerBudget";
import { DELIVERY_BRANCHES, flowWebhookUrl, receiveWebhook } from "../../../core/webhooks/branches";
import {
  type AssetEvent,
  fetchSubject,
  hasSubject,
  isKnownEvent,
  noTimeToRead,
  parseNotification,
  type Subject,
  subjectKey,
} from "../../webhooks/events";
import { parseEnvelope, SnsRejection, snsVerifier, type TrustRule } from "../../webhooks/sns";
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
/** Forged or malformed requests (400) and redelivered MessageIds (200) end on these. */
export { DUPLICATE, REJECTED } from "../../../core/webhooks/branches";

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

const endpointOf = (context: ActionContext) => flowWebhookUrl(context, "Asset Events");

function rawText(data: unknown): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (typeof data === "string") return data;
  return data === undefined || data === null ? "" : JSON.stringify(data);
}

const DELIVERY = { label: "Asset Events", stateKey: "snsMessageIds" };
const DEFAULT_DELAY_SECONDS = 3;

/**
 * Waits the delay and reads the event's record, all within the answer budget (SNS must hear back
 * within 5 s): the delay is shortened to leave the read its minimum, and the read gets the time
 * left as its own short limit. Never throws.
 */
async function enrich(
  context: Pick<ActionContext, "logger"> & { debug?: { enabled?: boolean } },
  connection: Connection,
  event: AssetEvent,
  o: { startedAt: number; delayMs: number },
): Promise<Subject> {
  const elapsed = () => clock().now() - o.startedAt;
  const delay = plannedDelayMs(o.delayMs, elapsed());
  if (delay > 0) await clock().sleep(delay);
  const key = subjectKey(event);
  const limits = readLimits(ANSWER_BUDGET_MS - elapsed());
  if (!limits) return { key, value: null, error: noTimeToRead(key) };
  const subject = (await fetchSubject(clientFor(connection, context, limits), event)) ?? {
    key,
    value: null,
    error: null,
  };
  if (subject.error)
    context.logger.warn(
      `Asset Events: passing the event on without its ${key} (${subject.error.code}): ${subject.detail ?? subject.error.message}`,
    );
  return subject;
}

export interface AssetEventsOptions {
  /** Which URLs count as Amazon SNS's; by default https on sns.<region>.amazonaws.com. */
  snsTrust?: TrustRule;
}

/** The trigger, with its own SNS verifier (trust rule and certificate cache). */
export function assetEventsTrigger(options: AssetEventsOptions = {}) {
  const sns = snsVerifier(options.snsTrust);
  return trigger({
    display: {
      label: "Asset Events",
      description:
        "Starts the flow when Bynder sends an asset or job event through its webhooks (Amazon SNS), managing the webhook configuration on deploy and delete.",
    },
    inputs,
    scheduleSupport: "invalid",
    synchronousResponseSupport: "valid",
    allowsBranching: true,
    staticBranchNames: [NOTIFICATION, CONFIRMATION, ...DELIVERY_BRANCHES],
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
        const state: Record<string, unknown> = {
          ...context.instanceState,
          [WEBHOOK_ID]: result.id,
        };
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
    perform: (context, payload, params) => {
      const startedAt = clock().now();
      const client = clientFor(params.connection as Connection, context);
      const headers = util.types.lowerCaseHeaders(payload.headers);
      return receiveWebhook(context, payload, DELIVERY, async (delivery) => {
        const raw = rawText(payload.rawBody?.data ?? payload.body?.data);
        const envelope = parseEnvelope(raw, headers["x-amz-sns-message-type"]);
        if (params.verifySnsSignature !== false) await sns.verify(client, envelope);
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
            const url = sns.trustedUrl(envelope.SubscribeURL, "SubscribeURL");
            // SNS's own URL: fetched without the Bynder token.
            await client.requestUnauthenticated(url.href, { method: "GET", responseType: "text" });
            context.instanceState[TOPIC_ARN] = envelope.TopicArn;
          }
          return delivery.accept(CONFIRMATION, data, `${envelope.Type} accepted`);
        }
        if (!pinned) context.instanceState[TOPIC_ARN] = envelope.TopicArn;
        const event = parseNotification(envelope);
        // SNS delivers at least once: a MessageId seen recently goes to Duplicate, unread.
        const duplicate = delivery.duplicate(event.messageId, { ...event });
        if (duplicate) return duplicate;
        if (!isKnownEvent(event.eventType))
          context.logger.warn(
            `Asset Events: passing on an event Bynder did not document: ${event.eventType}.`,
          );
        const data: Record<string, unknown> = { ...event };
        if (params.fetchAsset !== false && hasSubject(event)) {
          const subject = await enrich(context, params.connection as Connection, event, {
            startedAt,
            delayMs: (params.fetchDelaySeconds ?? DEFAULT_DELAY_SECONDS) * 1000,
          });
          data[subject.key] = subject.value;
          data[`${subject.key}Error`] = subject.error;
        }
        return delivery.accept(NOTIFICATION, data, "Notification accepted");
      });
    },
  });
}
