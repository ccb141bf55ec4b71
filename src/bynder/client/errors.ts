import {
  ApiError,
  type ApiErrorDetails,
  appliedNote,
  plainErrorText,
} from "../../core/http/errors";
import { isSecretKey } from "../../core/http/redact";

const MAX_FIELD_TEXT = 200;
type Scalar = string | number | boolean;
const MESSAGE_KEYS = ["message", "error_description", "errorMessage", "error", "detail"];
const CODE_KEYS = ["errorCode", "statuscode", "status_code", "code"];

/** What callers built by hand before the neutral error existed; `vendor*` names are accepted too. */
export type BynderErrorDetails = ApiErrorDetails & { bynderMessage?: string; bynderCode?: string };

/** Bynder's face of the neutral ApiError: the same error with Bynder's public field names. */
export class BynderApiError extends ApiError {
  readonly bynderMessage?: string;
  readonly bynderCode?: string;
  /** The existing object's id when Bynder refuses a duplicate ("option already exists"). */
  readonly existingUUID?: string;

  constructor(details: BynderErrorDetails, message: string) {
    const { bynderMessage, bynderCode, ...rest } = details;
    super(
      {
        ...rest,
        vendorMessage: rest.vendorMessage ?? bynderMessage,
        vendorCode: rest.vendorCode ?? bynderCode,
      },
      message,
    );
    this.bynderMessage = this.vendorMessage;
    this.bynderCode = this.vendorCode;
    if (this.details.existingUUID !== undefined)
      this.existingUUID = String(this.details.existingUUID);
    // Any other id Bynder named becomes a property too (`error.mediaId`), unless the name is taken.
    this.exposeIds();
  }
}

/** Said of a write that failed after it may have reached Bynder (5xx, drop, timeout, cut-off). */
export const MAY_HAVE_BEEN_APPLIED = appliedNote("Bynder");

/** Bynder's per-IP limit, said the same way wherever a request gives up on it. */
export const RATE_LIMIT_ADVICE =
  "Bynder's rate limit was reached: it allows 4,500 requests per 5 minutes per IP address, shared with every other integration calling Bynder from the same IP. Try again in about 5 minutes.";

type Redact = (text: string) => string;
const asIs: Redact = (text) => text;

/**
 * Reads Bynder's message, code and other scalar fields out of each error shape it uses (v4,
 * brandstore, taxonomy, OAuth, text, HTML). `redact` runs on every text before it is cut short, so
 * a secret straddling the cut cannot leave a fragment behind.
 */
export function extractBynderMessage(
  body: unknown,
  redact: Redact = asIs,
): { message?: string; code?: string; fields?: Record<string, Scalar> } {
  let data = body;
  if (Buffer.isBuffer(data)) data = data.toString("utf8");
  if (data instanceof ArrayBuffer) data = Buffer.from(data).toString("utf8");
  if (typeof data === "string") {
    const trimmed = data.trim();
    if (trimmed.startsWith("{")) {
      try {
        return extractBynderMessage(JSON.parse(trimmed), redact);
      } catch {
        // not JSON after all: fall through to plain text
      }
    }
    // S3 (upload bucket, pre-signed downloads) answers XML: <Error><Code>…</Code><Message>…</Message>.
    const xml = /<Error>[\s\S]*?<Code>([^<]*)<\/Code>[\s\S]*?<Message>([^<]*)<\/Message>/.exec(
      trimmed,
    );
    if (xml) return { message: plainErrorText(redact(xml[2])), code: redact(xml[1]) };
    return trimmed ? { message: plainErrorText(redact(trimmed)) } : {};
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    const pick = (keys: string[]) => {
      for (const k of keys) {
        const v = o[k];
        if (typeof v === "string" && v.trim()) return v.trim();
        if (typeof v === "number") return String(v);
      }
      return undefined;
    };
    const message = pick(MESSAGE_KEYS);
    const code = pick(CODE_KEYS);
    const fields: Record<string, Scalar> = {};
    for (const [k, v] of Object.entries(o)) {
      if (MESSAGE_KEYS.includes(k) || CODE_KEYS.includes(k) || isSecretKey(k)) continue;
      if (typeof v === "number" || typeof v === "boolean") fields[k] = v;
      else if (typeof v === "string") fields[k] = redact(v).slice(0, MAX_FIELD_TEXT);
    }
    // An unknown shape is shown as-is rather than dropped.
    return {
      message: plainErrorText(redact(message ?? JSON.stringify(o))),
      code: code === undefined ? undefined : redact(code),
      fields: Object.keys(fields).length ? fields : undefined,
    };
  }
  if (data !== undefined && data !== null)
    return { message: plainErrorText(redact(JSON.stringify(data))) };
  return {};
}
