import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { TriggerPayload } from "@prismatic-io/spectral";
import { z } from "zod";
import { WebhookRejection } from "../../core/webhooks/branches";

/**
 * Brandfolder signs nothing and sends no secret header: the only proof a request comes from a
 * subscription this instance made is a per-instance secret carried in the callback URL's query.
 */
export const SECRET_PARAM = "secret";

/** 32 random bytes, URL-safe: made once per instance and kept in its state. */
export function newCallbackSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The flow's URL with the secret added to its query. */
export function callbackUrl(flowUrl: string, secret: string): string {
  const url = new URL(flowUrl);
  url.searchParams.set(SECRET_PARAM, secret);
  return url.href;
}

/** The flow's URL without the secret, to recognise this flow's subscriptions when the state is lost. */
export function withoutSecretParam(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete(SECRET_PARAM);
    return parsed.href;
  } catch {
    return url;
  }
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Throws a 401 rejection unless `given` is the instance's secret; compared in constant time. */
export function checkSecret(given: unknown, expected: unknown): void {
  const value = Array.isArray(given) ? given[0] : given;
  if (typeof expected !== "string" || expected === "")
    throw new WebhookRejection(
      "this instance has no callback secret yet (it was not deployed); the request is not from one of its subscriptions.",
      { statusCode: 401 },
    );
  if (typeof value !== "string" || value === "")
    throw new WebhookRejection(`the callback URL's "${SECRET_PARAM}" is missing.`, {
      statusCode: 401,
    });
  // Digests have one length, so the comparison takes the same time whatever was sent.
  if (!timingSafeEqual(digest(value), digest(expected)))
    throw new WebhookRejection(`the callback URL's "${SECRET_PARAM}" is wrong.`, {
      statusCode: 401,
    });
}

const text = z.string().min(1);
const deliverySchema = z.looseObject({
  data: z.looseObject({
    attributes: z.looseObject({
      key: text,
      event_time: text.refine((v) => !Number.isNaN(Date.parse(v)), "not a date"),
      event_type: text,
      brandfolder_key: text,
      organization_key: z.string().optional(),
    }),
    webhook_id: text,
  }),
});

/** The event a delivery reports, in the shape a flow branches on. */
export interface AssetEvent {
  eventType: string;
  assetKey: string;
  /** Brandfolder's own time of the change: deliveries may arrive out of order, this orders them. */
  eventTime: string;
  brandfolderKey: string;
  organizationKey: string | null;
  webhookId: string;
}

function rawText(data: unknown): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (typeof data === "string") return data;
  return data === undefined || data === null ? "" : JSON.stringify(data);
}

/** Parses Brandfolder's skinny delivery, or throws a 400 rejection saying what is wrong. */
export function parseDelivery(payload: TriggerPayload): AssetEvent {
  const raw = rawText(payload.rawBody?.data ?? payload.body?.data);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new WebhookRejection("the body is not JSON.");
  }
  const parsed = deliverySchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".") || "body").join(", ");
    throw new WebhookRejection(`the body is not a Brandfolder webhook delivery (check ${where}).`);
  }
  const { attributes: a, webhook_id } = parsed.data.data;
  return {
    eventType: a.event_type,
    assetKey: a.key,
    eventTime: a.event_time,
    brandfolderKey: a.brandfolder_key,
    organizationKey: a.organization_key || null,
    webhookId: webhook_id,
  };
}

/** The request without the secret, so no later step (or execution log) sees it. */
export function withoutSecret(payload: TriggerPayload): TriggerPayload {
  const query = { ...(payload.queryParameters ?? {}) };
  delete query[SECRET_PARAM];
  return { ...payload, queryParameters: query };
}
