import type { Connection } from "@prismatic-io/spectral";
import type { VendorProfile } from "../core/http/profile";
import { connectionSecrets } from "../core/http/redact";
import { DEFAULT_RATE_LIMIT } from "../core/http/retry";
import { BYNDER_ADVICE } from "./client/advice";
import { accessToken } from "./client/auth";
import { BynderApiError, extractBynderMessage, RATE_LIMIT_ADVICE } from "./client/errors";
import { safeConnection } from "../core/http/connectionHost";
import { portalOrigin } from "./client/portal";

/** Bynder's older documented limit; with it no execution can pass 4,500 requests per 5 minutes. */
const MAX_PER_SECOND = 15;

function unauthorized(connection: Connection): string {
  return connection.key === "permanentToken"
    ? "The permanent token was rejected (revoked, expired or from another portal). Check the Token in the Bynder connection, or create a new permanent token in Bynder and paste it there."
    : "The access token was rejected (expired, revoked or for another portal). Reconnect the Bynder connection and try again.";
}

/** Everything the neutral client needs to know about Bynder. */
export const bynderProfile: VendorProfile = {
  name: "Bynder",
  origin: portalOrigin,
  token: accessToken,
  secrets: connectionSecrets,
  safeConnection,
  describeError: extractBynderMessage,
  advice: BYNDER_ADVICE,
  unauthorized,
  unreachable: "Check the portal address in the connection and that the portal is up.",
  pace: { perSecond: 10, maxInAnySecond: MAX_PER_SECOND },
  rateLimit: { ...DEFAULT_RATE_LIMIT, message: RATE_LIMIT_ADVICE },
  createError: (details, message) => new BynderApiError(details, message),
};
