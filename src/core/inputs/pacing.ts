import { PACING_FIELDS, rateField } from "../http/settings";

/** What a vendor says about its own limits in the pacing inputs' comments. */
export interface PacingText {
  /** The API's name ("Acme"). */
  vendor: string;
  /** Default and hard cap of requests per second (the vendor profile's `pace`). */
  pace: { perSecond: number; maxInAnySecond: number };
  /** One or two sentences on the vendor's published limit (or its absence). */
  limitNote: string;
}

/**
 * The optional Requests Per Second / Max Retries / Max Wait (Minutes) connection inputs, worded
 * for one vendor. Spectral does not clean connection inputs: src/core/http/settings.ts validates them.
 */
export function pacingInputs({ vendor, pace, limitNote }: PacingText) {
  const rate = rateField(pace);
  return {
    requestsPerSecond: {
      label: rate.label,
      type: "string",
      required: false,
      shown: true,
      default: rate.defaultText,
      example: "2",
      comments: `Highest sustained number of requests per second to ${vendor}, shared by every flow running with this connection (${rate.min} to ${rate.max}). ${limitNote}`,
    },
    maxRetries: {
      label: PACING_FIELDS.maxRetries.label,
      type: "string",
      required: false,
      shown: true,
      default: PACING_FIELDS.maxRetries.defaultText,
      example: "3",
      comments: `How many times a request that failed for a temporary reason (HTTP 502, 503 or 504, a dropped connection, a cut-off response) is sent again (0 to 10). Writes are only retried when ${vendor} cannot have applied them.`,
    },
    maxWaitMinutes: {
      label: PACING_FIELDS.maxWaitMinutes.label,
      type: "string",
      required: false,
      shown: true,
      default: PACING_FIELDS.maxWaitMinutes.defaultText,
      example: "13",
      comments:
        "How long a step may spend waiting (rate-limit pauses and retries) before it fails, counted from when the execution started (0 to 14 minutes). The default keeps clear of Prismatic's 15-minute execution limit.",
    },
  } as const;
}
