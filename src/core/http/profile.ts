import type { Connection } from "@prismatic-io/spectral";
import type { ApiError, ApiErrorDetails } from "./errors";
import type { RateLimitOptions } from "./retry";

type Scalar = string | number | boolean;
type Redact = (text: string) => string;

/** What a vendor's error body says, read from whatever shape it uses. Redact before cutting short. */
export interface VendorErrorBody {
  message?: string;
  code?: string;
  fields?: Record<string, Scalar>;
}

/** One row of the advice table: the sentence added to an error of this method, path and status. */
export interface AdviceRule {
  status: number;
  /** Any method when absent. */
  method?: string;
  /** Any path when absent; matched against the path without its query. */
  path?: RegExp;
  advice: string | ((method: string, path: string) => string);
  /** Keep the vendor's own code in the message before the advice ("(… code X)"). */
  withCode?: boolean;
}

/**
 * Everything the neutral client needs to know about one vendor. A second vendor is a second
 * profile, never an `if` in the core.
 */
export interface VendorProfile {
  /** Used in every message: "<name> GET … failed". */
  name: string;
  /** The API origin (`https://host`) a connection points at; throws a ConnectionError if it cannot. */
  origin(connection: Connection): string;
  /** The bearer token; never logged. */
  token(connection: Connection): string;
  /** Every secret value the connection holds, for the redactor. */
  secrets(connection: Connection): string[];
  /** The connection without its secrets, for a ConnectionError. */
  safeConnection(connection: Connection): Connection;
  describeError(body: unknown, redact: Redact): VendorErrorBody;
  /** First match wins; a 401 is always a connection error worded by `unauthorized`. */
  advice: AdviceRule[];
  /** The advice of a rejected token (HTTP 401). */
  unauthorized(connection: Connection): string;
  /** Said when a request could not reach the API at all (refused, DNS). */
  unreachable: string;
  /** Sustained requests per second, and the hard cap in any rolling second. */
  pace: { perSecond: number; maxInAnySecond: number };
  /** The 429 pause schedule and the sentence said wherever a request gives up on a 429. */
  rateLimit: RateLimitOptions & { message: string };
  /** Headers every request carries (e.g. `Accept` and `Content-Type` even on GET). */
  headers?: Record<string, string>;
  /** The vendor's own error class (keeps its public field names); the neutral ApiError otherwise. */
  createError?(details: ApiErrorDetails, message: string): ApiError;
}

/** The first rule matching a failed request, or undefined. */
export function adviceFor(
  rules: readonly AdviceRule[],
  method: string,
  path: string,
  status: number,
): AdviceRule | undefined {
  return rules.find(
    (r) =>
      r.status === status &&
      (r.method === undefined || r.method === method.toUpperCase()) &&
      (r.path === undefined || r.path.test(path)),
  );
}

/** The sentence a rule says about one request. */
export function adviceText(rule: AdviceRule, method: string, path: string): string {
  return typeof rule.advice === "string" ? rule.advice : rule.advice(method, path);
}
