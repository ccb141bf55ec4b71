import { PACING_FIELDS } from "../../core/http/settings";
import { DEFAULT_SCOPES, TOKEN_PATH } from "../endpoints";

/** Inputs both OAuth connections share; only the Token URL's comment differs between the grants. */
export function tokenUrlInput(comments: string) {
  return {
    label: "Token URL",
    type: "string",
    required: true,
    shown: true,
    placeholder: `https://your-portal.bynder.com${TOKEN_PATH}`,
    example: `https://acme.bynder.com${TOKEN_PATH}`,
    comments,
  } as const;
}

export const oauthCredentialInputs = {
  scopes: {
    label: "Scopes",
    type: "string",
    required: true,
    shown: true,
    default: DEFAULT_SCOPES,
    comments: "Space-separated list of OAuth permission scopes granted to the access token.",
  },
  clientId: {
    label: "Client ID",
    type: "string",
    required: true,
    shown: true,
    comments: "The Client ID from the Bynder OAuth application credentials.",
  },
  clientSecret: {
    label: "Client Secret",
    type: "password",
    required: true,
    shown: true,
    comments: "The Client Secret from the Bynder OAuth application credentials.",
  },
} as const;

/**
 * Optional pace and retry settings, added after the seed's inputs on all three connections.
 * Spectral does not clean connection inputs: src/core/http/settings.ts validates them.
 */
export const pacingInputs = {
  requestsPerSecond: {
    label: PACING_FIELDS.requestsPerSecond.label,
    type: "string",
    required: false,
    shown: true,
    default: PACING_FIELDS.requestsPerSecond.defaultText,
    example: "5",
    comments:
      "Highest sustained number of requests per second to your portal, shared by every flow running with this connection (0.1 to 15). Bynder allows 4,500 requests per 5 minutes per IP address, shared with other integrations on that IP: lower this if they share the budget.",
  },
  maxRetries: {
    label: PACING_FIELDS.maxRetries.label,
    type: "string",
    required: false,
    shown: true,
    default: PACING_FIELDS.maxRetries.defaultText,
    example: "3",
    comments:
      "How many times a request that failed for a temporary reason (HTTP 502, 503 or 504, a dropped connection, a cut-off response) is sent again (0 to 10). Writes are only retried when Bynder cannot have applied them. Raw Request's own retry inputs take precedence for that action.",
  },
  maxWaitMinutes: {
    label: PACING_FIELDS.maxWaitMinutes.label,
    type: "string",
    required: false,
    shown: true,
    default: PACING_FIELDS.maxWaitMinutes.defaultText,
    example: "13",
    comments:
      "How long a step may spend waiting (rate-limit pauses, retries, upload chunks, processing and saves) before it fails, counted from when the execution started (0 to 14 minutes). The default keeps clear of Prismatic's 15-minute execution limit.",
  },
} as const;
