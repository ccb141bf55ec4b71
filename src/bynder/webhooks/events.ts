import { ConnectionError } from "@prismatic-io/spectral";
import type { BynderClient } from "../client/clientFor";
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

/** Where the record goes in the output: `job` for workflow.job.create, else `asset`. */
export const subjectKey = (event: AssetEvent): Subject["key"] =>
  event.eventType === "workflow.job.create" ? "job" : "asset";

/** Why the record could not be read: short, secret-free, for a flow to branch on. */
export interface SubjectError {
  /** Bynder's HTTP status; null when it sent none (timeout, network). */
  status: number | null;
  code:
    | "notFound"
    | "unauthorized"
    | "forbidden"
    | "rateLimited"
    | "unavailable"
    | "timeout"
    | "unreachable"
    | "failed";
  message: string;
}

export interface Subject {
  key: "asset" | "job";
  /** The record; null when it could not be read (see `error`). */
  value: unknown;
  error: SubjectError | null;
  /** The client's full (redacted) error message, for the logs. */
  detail?: string;
}

function codeOf(status: number | null, error: unknown): SubjectError["code"] {
  if (status === 404) return "notFound";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 429) return "rateLimited";
  if (status !== null) return status >= 500 ? "unavailable" : "failed";
  // The client says what happened to the request; no message is parsed for it.
  const failure = error instanceof BynderApiError ? error.failure : undefined;
  if (!failure) return "failed";
  return failure.kind === "timeout" ? "timeout" : "unreachable";
}

/** The reason a read failed; every text goes through the client's redactor. */
export function subjectError(client: BynderClient, key: string, error: unknown): SubjectError {
  // A 401 arrives as a ConnectionError, which carries no status.
  const status =
    error instanceof BynderApiError
      ? (error.status ?? null)
      : error instanceof ConnectionError
        ? 401
        : null;
  const code = codeOf(status, error);
  const said =
    error instanceof BynderApiError && error.bynderMessage
      ? `: ${client.redactor.text(error.bynderMessage).slice(0, 120)}`
      : "";
  const short: Record<SubjectError["code"], string> = {
    notFound: `The ${key} no longer exists in Bynder (HTTP 404).`,
    unauthorized: `Bynder refused the connection's token (HTTP 401): reconnect the connection.`,
    forbidden: `Bynder refused to show the ${key} (HTTP 403${said}): the connection needs the right scope and role.`,
    rateLimited: `Bynder's rate limit was reached (HTTP 429); the ${key} was not read.`,
    unavailable: `Bynder failed to answer for the ${key} (HTTP ${status}${said}).`,
    timeout: `Bynder did not answer for the ${key} in time.`,
    unreachable: `Bynder could not be reached to read the ${key}.`,
    failed: `Reading the ${key} failed${status === null ? "" : ` (HTTP ${status}${said})`}.`,
  };
  return { status, code, message: short[code] };
}

/**
 * The record an event is about, or undefined when it names none. Never throws: the event must
 * reach the flow whatever the read does, so a failed read gives `value: null` and the reason.
 */
export async function fetchSubject(
  client: BynderClient,
  event: AssetEvent,
): Promise<Subject | undefined> {
  if (!event.assetId || !hasSubject(event)) return undefined;
  const key = subjectKey(event);
  try {
    const response = await client.request({
      method: "GET",
      path: key === "job" ? "/api/workflow/jobs/{id}" : "/api/v4/media/{id}/",
      pathParams: { id: event.assetId },
    });
    return { key, value: response.data, error: null };
  } catch (error) {
    const detail = client.redactor.text(error instanceof Error ? error.message : String(error));
    return { key, value: null, error: subjectError(client, key, error), detail };
  }
}

/** The reason given when no time is left for the read before the answer is due. */
export const noTimeToRead = (key: string): SubjectError => ({
  status: null,
  code: "timeout",
  message: `No time was left to read the ${key} before answering Amazon SNS.`,
});
