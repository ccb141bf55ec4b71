import type { ActionContext, ActionLogger, TriggerPayload } from "@prismatic-io/spectral";
import type { TriggerBranchingResult } from "@prismatic-io/spectral/dist/types";
import { clock } from "../http/clock";
import { DEDUPE_LIMITS, type DedupeLimits, rememberDelivery } from "./dedupe";

/**
 * The branches every webhook trigger shares, whatever the vendor: requests that are not a genuine
 * delivery end on Rejected (HTTP 400), redeliveries of a recent id on Duplicate (HTTP 200, so the
 * sender stops retrying). The trigger lists them after its own in `staticBranchNames`.
 */
export const REJECTED = "Rejected";
export const DUPLICATE = "Duplicate";
export const DELIVERY_BRANCHES = [REJECTED, DUPLICATE];

/**
 * Thrown for a forged or malformed request: it is answered on Rejected (400 unless the trigger says
 * otherwise, e.g. 401 for a missing secret, or a 2xx the sender must not retry), never fails the flow.
 */
export class WebhookRejection extends Error {
  readonly statusCode: number;
  constructor(message: string, options: { statusCode?: number } = {}) {
    super(message);
    this.name = "WebhookRejection";
    this.statusCode = options.statusCode ?? 400;
  }
}

/** The flow's own webhook URL, which a trigger subscribes on deploy; `label` names the trigger. */
export function flowWebhookUrl(context: ActionContext, label: string): string {
  const url = context.webhookUrls?.[context.flow.name];
  if (!url) throw new Error(`${label}: flow "${context.flow.name}" has no webhook URL.`);
  return url;
}

export type DeliveryResult = TriggerBranchingResult<TriggerPayload>;

export interface DeliveryContext {
  instanceState: Record<string, unknown>;
  logger: Pick<ActionLogger, "warn">;
}

export interface DeliveryOptions {
  /** The trigger's label, which starts the rejection reason ("Asset Events rejected …"). */
  label: string;
  /** The instance-state key that holds the recent delivery ids. */
  stateKey: string;
  limits?: DedupeLimits;
}

export interface Delivery {
  /** Ends on `branch` with `data` as the body, answering 200 with `answer`. */
  accept(branch: string, data: unknown, answer: string): DeliveryResult;
  /**
   * The Duplicate result when `id` was delivered recently (with `data` beside it); otherwise
   * remembers the id and returns undefined. Call it only once the request is known genuine.
   */
  duplicate(id: string, data?: Record<string, unknown>): DeliveryResult | undefined;
}

const text = (statusCode: number, body: string) => ({
  statusCode,
  contentType: "text/plain",
  body,
});

/** Runs a webhook trigger's handling with the shared Rejected and Duplicate branches. */
export async function receiveWebhook(
  context: DeliveryContext,
  payload: TriggerPayload,
  options: DeliveryOptions,
  handle: (delivery: Delivery) => Promise<DeliveryResult>,
): Promise<DeliveryResult> {
  const state = context.instanceState;
  const result = (branch: string, data: unknown, statusCode: number, answer: string) => ({
    payload: { ...payload, body: { data } },
    response: text(statusCode, answer),
    branch,
    instanceState: state,
  });
  const delivery: Delivery = {
    accept: (branch, data, answer) => result(branch, data, 200, answer),
    duplicate(id, data = {}) {
      const now = clock().now();
      const { firstSeenAt, seen } = rememberDelivery(
        state[options.stateKey],
        id,
        now,
        options.limits ?? DEDUPE_LIMITS,
      );
      state[options.stateKey] = seen;
      if (firstSeenAt === undefined) return undefined;
      const first = new Date(firstSeenAt).toISOString();
      return result(
        DUPLICATE,
        { duplicate: true, deliveryId: id, firstSeenAt: first, ...data },
        200,
        "Duplicate delivery ignored",
      );
    },
  };
  try {
    return await handle(delivery);
  } catch (error) {
    if (!(error instanceof WebhookRejection)) throw error;
    const reason = `${options.label} rejected the request: ${error.message}`;
    context.logger.warn(reason);
    return result(REJECTED, { rejected: true, reason }, error.statusCode, reason);
  }
}
