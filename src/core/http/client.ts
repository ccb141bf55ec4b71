import type { Connection } from "@prismatic-io/spectral";
import axios from "axios";
import { type Deadline, deadlineFrom } from "./clock";
import { ApiError, type ApiErrorDetails } from "./errors";
import { checkExternalUrl } from "./externalUrl";
import { pacerFor } from "./pacer";
import type { VendorProfile } from "./profile";
import { Redactor } from "./redact";
import { type ApiRequest, buildPath } from "./request";
import { DEFAULT_MAX_WAIT_MS, DEFAULT_RETRY, type RetryOptions } from "./retry";
import { type ApiResponse, type Logger, type SendEnv, sendWithRetries } from "./sendLoop";
import { connectionSettings } from "./settings";

export type { ApiResponse } from "./sendLoop";

export const DEFAULT_TIMEOUT_MS = 60_000;

/** What a caller may tune for one operation; the pace and waits come from profile and connection. */
export interface ClientOptions {
  logger?: Logger;
  /** Log each request (method, URL, status, duration). */
  debug?: boolean;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /**
   * A caller's own cap: no wait may end later than this long after the client was made. The
   * execution's deadline (the connection's Max Wait, counted from `startedAt`) applies as well.
   */
  maxWaitMs?: number;
  /** When the execution began (Prismatic's ISO `startedAt`, or epoch ms); else when the client was made. */
  startedAt?: string | number;
  /** Dropdowns and other calls a person is waiting on: fail at once instead of waiting out a 429. */
  interactive?: boolean;
  /** Advice appended to timeout errors, e.g. Raw Request's "raise the Timeout input". */
  timeoutAdvice?: string;
  /** Secrets beside the connection's (e.g. a trigger's callback secret), scrubbed the same way. */
  secrets?: string[];
}

/** What a caller may tune for one operation; the pace itself belongs to the connection. */
export type CallOptions = Pick<
  ClientOptions,
  "interactive" | "timeoutMs" | "retry" | "maxWaitMs" | "timeoutAdvice" | "secrets"
>;

export interface ApiClient {
  /** The API origin, e.g. `https://acme.example.com`. */
  readonly origin: string;
  readonly redactor: Redactor;
  /** The operation's one deadline: every loop that sleeps checks it. */
  readonly deadline: Deadline;
  /** Retries after a first attempt (the connection's Max Retries, or the default). */
  readonly maxRetries: number;
  /** The vendor's name, as every message says it. */
  readonly vendor: string;
  /** The sustained pace of this client's pacer, in requests per second (Fetch All sizes its width by it). */
  readonly ratePerSecond: number;
  /** An error of the vendor's own class, for failures found outside the client (a cut-off read). */
  makeError(details: ApiErrorDetails, message: string): ApiError;
  request<T = unknown>(req: ApiRequest, retry?: Partial<RetryOptions>): Promise<ApiResponse<T>>;
  /**
   * Calls a pre-signed URL on another host (an upload endpoint, a temporary download) WITHOUT the
   * bearer token or the origin's pacer. The URL must be https (or loopback http for local testing).
   */
  requestUnauthenticated<T = unknown>(
    url: string,
    req: Omit<ApiRequest, "path" | "pathParams">,
    retry?: Partial<RetryOptions>,
  ): Promise<ApiResponse<T>>;
}

/** The client of one vendor's API for one connection and one operation. */
export function createClient(
  profile: VendorProfile,
  connection: Connection,
  options: ClientOptions = {},
): ApiClient {
  const origin = profile.origin(connection);
  const settings = connectionSettings(connection, profile.safeConnection, profile.pace);
  const budget = settings.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const deadline = deadlineFrom(budget, options.startedAt, undefined, options.maxWaitMs);
  const baseRetry: RetryOptions = {
    ...DEFAULT_RETRY,
    ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
    ...options.retry,
  };
  const rate = settings.ratePerSecond ?? profile.pace.perSecond;
  const pacer = pacerFor(origin, rate, profile.pace.maxInAnySecond);
  const env: SendEnv = {
    profile,
    connection,
    deadline,
    redactor: new Redactor([...profile.secrets(connection), ...(options.secrets ?? [])]),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: options.logger,
    debug: options.debug,
    interactive: options.interactive,
    timeoutAdvice: options.timeoutAdvice,
    http: axios.create({
      // Relative paths only: an absolute URL must never carry the token to another host.
      allowAbsoluteUrls: false,
      maxBodyLength: Number.POSITIVE_INFINITY,
      maxContentLength: Number.POSITIVE_INFINITY,
      validateStatus: () => true,
      maxRedirects: 0,
    }),
  };
  const retryFor = (override?: Partial<RetryOptions>) => ({ ...baseRetry, ...override });

  return {
    origin,
    redactor: env.redactor,
    deadline,
    maxRetries: baseRetry.maxRetries,
    vendor: profile.name,
    ratePerSecond: pacer.ratePerSecond,
    makeError: (details, message) =>
      profile.createError?.(details, message) ?? new ApiError(details, message),
    async request(req, retry) {
      const path = buildPath(req.path, req.pathParams);
      if (!path.startsWith("/"))
        throw new Error(`${profile.name} paths must start with "/" (got "${path}").`);
      if (new URL(`${origin}${path}`).origin !== origin)
        throw new Error(`Refusing path "${path}": it leaves the portal.`);
      const target = { baseURL: origin, url: path, display: `${origin}${path}`, auth: true, pacer };
      return sendWithRetries(env, target, req, retryFor(retry));
    },
    async requestUnauthenticated(url, req, retry) {
      const parsed = checkExternalUrl(url, req.allowHttp);
      const display = `${parsed.origin}${parsed.pathname}`;
      // The query of a pre-signed URL is part of its signature: keep it verbatim.
      const target = {
        baseURL: parsed.origin,
        url: `${parsed.pathname}${parsed.search}`,
        display,
        auth: false,
      };
      return sendWithRetries(env, target, req, retryFor(retry));
    },
  };
}
