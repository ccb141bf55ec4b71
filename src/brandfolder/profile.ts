import type { VendorProfile } from "../core/http/profile";
import { safeConnection } from "../core/http/connectionHost";
import { apiKey, apiKeySecrets, apiOrigin } from "./connection";
import { describeBrandfolderError } from "./errors";

/**
 * Brandfolder publishes no rate limit, only a 429 "too many requests in a short period" without
 * `Retry-After`. Half Bynder's documented pace keeps a connection well clear of it; the cap holds
 * bursts from several flows sharing the host (documentation/brandfolder/overview.md).
 */
export const BRANDFOLDER_PACE = { perSecond: 5, maxInAnySecond: 10 };

export const RATE_LIMIT_ADVICE =
  "Brandfolder's rate limit was reached (it answers 429 for too many requests in a short period and publishes no limit). Lower Requests Per Second in the Brandfolder connection, or try again in a few minutes.";

/** The API's own paths: advice about IDs and access applies there, not to storage URLs. */
const API_PATHS = /^\/api\//;

/** Everything the neutral client needs to know about Brandfolder. */
export const brandfolderProfile: VendorProfile = {
  name: "Brandfolder",
  origin: apiOrigin,
  token: apiKey,
  secrets: apiKeySecrets,
  safeConnection,
  describeError: describeBrandfolderError,
  advice: [
    {
      status: 403,
      // Not said of storage's signed URLs, whose 403 means expired, used or forged.
      path: API_PATHS,
      advice:
        "The resource is not visible to this user, or deleted: Brandfolder answers 403 for both. Check the ID, and that the connection's user has access to it.",
    },
    {
      status: 404,
      path: API_PATHS,
      advice: "Brandfolder has nothing at this address: check the ID.",
    },
    {
      status: 405,
      advice: "Brandfolder does not allow this method here (it has no PATCH: use PUT).",
    },
    {
      status: 409,
      method: "POST",
      path: /^\/api\/v1\/webhooks$/,
      advice:
        "A subscription for this event type, Brandfolder and callback URL already exists, and Brandfolder keeps only one: find it with List Webhooks (or the Webhook dropdown) by those three and use its ID, or delete it first.",
    },
  ],
  unauthorized: () =>
    "The API Key was rejected (revoked, mistyped or of a deactivated user). Check the API Key in the Brandfolder connection: Brandfolder shows it under your profile > Integrations.",
  unreachable:
    "Check the API Host in the Brandfolder connection (blank means https://brandfolder.com).",
  pace: BRANDFOLDER_PACE,
  // No Retry-After to go by: a short first pause, since Brandfolder's window is "a short period".
  rateLimit: {
    firstPauseMinMs: 10_000,
    firstPauseMaxMs: 20_000,
    maxPauseMs: 5 * 60_000,
    message: RATE_LIMIT_ADVICE,
  },
  // The reference requires both on every request, GETs and DELETEs included.
  headers: { Accept: "application/json", "Content-Type": "application/json" },
};
