import type { BynderClient } from "../client/createBynderClient";
import { BynderApiError } from "../client/errors";
import { type SnsEnvelope, SnsRejection } from "./sns";
import { WEBHOOK_EVENTS } from "./subscriptions";

/** One Bynder event, taken out of its SNS envelope. `messageId` is SNS's: use it to de-duplicate. */
export interface AssetEvent {
  eventType: string;
  assetId: string | null;
  timestamp: string;
  messageId: string;
  /** Bynder's message as it came (parsed JSON). */
  raw: Record<string, unknown>;
}

const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * The event name travels as the SNS Subject (some deliveries also repeat it in the message); the
 * message is "skinny": the asset id (`media_id`) and a time. Field names vary, so several are read.
 */
export function parseNotification(e: SnsEnvelope): AssetEvent {
  let raw: unknown;
  try {
    raw = JSON.parse(e.Message);
  } catch {
    throw new SnsRejection("the SNS Message is not the JSON text of a Bynder event.");
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new SnsRejection("the SNS Message is not a JSON object.");
  const m = raw as Record<string, unknown>;
  const eventType =
    text(e.Subject) ?? text(m.eventType) ?? text(m.event_type) ?? text(m.event) ?? text(m.type);
  if (!eventType) throw new SnsRejection("the Bynder event names no event type.");
  const assetId =
    text(m.media_id) ??
    text(m.mediaId) ??
    text(m.assetId) ??
    text(m.asset_id) ??
    text(m.id) ??
    null;
  const timestamp = text(m.timestamp) ?? text(m.time) ?? e.Timestamp;
  return { eventType, assetId, timestamp, messageId: e.MessageId, raw: m };
}

export const isKnownEvent = (t: string) => (WEBHOOK_EVENTS as readonly string[]).includes(t);

/** Whether the event names a record that can be read back (not a deletion, not an unknown event). */
export const hasSubject = (event: AssetEvent) =>
  !!event.assetId &&
  event.eventType !== "asset_bank.media.deleted" &&
  isKnownEvent(event.eventType);

/** The record an event is about; null when it is gone (404), undefined when there is none. */
export async function fetchSubject(
  client: BynderClient,
  event: AssetEvent,
): Promise<{ key: "asset" | "job"; value: unknown } | undefined> {
  if (!event.assetId || !hasSubject(event)) return undefined;
  const job = event.eventType === "workflow.job.create";
  try {
    const response = await client.request({
      method: "GET",
      path: job ? "/api/workflow/jobs/{id}" : "/api/v4/media/{id}/",
      pathParams: { id: event.assetId },
    });
    return { key: job ? "job" : "asset", value: response.data };
  } catch (error) {
    if (error instanceof BynderApiError && error.status === 404)
      return { key: job ? "job" : "asset", value: null };
    throw error;
  }
}
