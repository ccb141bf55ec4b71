import type { ActionLogger, Connection } from "@prismatic-io/spectral";
import axios, { type AxiosInstance } from "axios";
import { accessToken, checkExternalUrl } from "../../bynder/client/auth";
import { discardBody, flatHeaders, type Outcome, sendAttempt } from "./attempt";
import { clock, type Deadline, deadlineFrom } from "./clock";
import { type FailureContext, rateLimitFailure } from "./errors";
import { failureError } from "./failures";
import { DEFAULT_RATE_PER_SECOND, type Pacer, pacerFor } from "./pacer";
import { portalOrigin } from "../../bynder/client/portal";
import { connectionSecrets, Redactor, secretFieldValues } from "./redact";
import { type BynderRequest, buildPath, buildQuery } from "./request";
import {
  DEFAULT_MAX_WAIT_MS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RETRY,
  alreadyDeleted,
  describeFailure,
  mayHaveBeenApplied,
  nextStep,
  parseRetryAfter,
  type RateLimitOptions,
  type RetryOptions,
  rateLimitPause,
} from "./retry";
import { connectionSettings } from "./settings";

export const DEFAULT_TIMEOUT_MS = 60_000;

type Logger = Pick<ActionLogger, "debug" | "info" | "warn" | "error">;

export interface ClientOptions {
  logger?: Logger;
  /** Log each request (method, URL, status, duration). */
  debug?: boolean;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Sustained requests per second to the portal (the pacer is shared by the whole process). */
  ratePerSecond?: number;
  rateLimit?: Partial<RateLimitOptions>;
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
  /**
   * Injectable for tests; default to the process clock (src/client/clock.ts). Give `now` with
   * `sleep`: the pacer re-reads the time after each sleep. `useClock` is usually simpler.
   */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface BynderResponse<T> {
  status: number;
  headers: Record<string, string>;
  data: T;
}

export interface BynderClient {
  /** Portal origin, e.g. `https://acme.bynder.com`. */
  readonly origin: string;
  readonly redactor: Redactor;
  /** The operation's one deadline: every loop that sleeps checks it. */
  readonly deadline: Deadline;
  /** Retries after a first attempt (the connection's Max Retries, or the default). */
  readonly maxRetries: number;
  request<T = unknown>(
    req: BynderRequest,
    retry?: Partial<RetryOptions>,
  ): Promise<BynderResponse<T>>;
  /**
   * Calls a pre-signed URL on another host (S3 upload endpoint, `s3_file` download) WITHOUT the
   * bearer token or the portal's pacer. The URL must be https (or loopback http for local testing).
   */
  requestUnauthenticated<T = unknown>(
    url: string,
    req: Omit<BynderRequest, "path" | "pathParams">,
    retry?: Partial<RetryOptions>,
  ): Promise<BynderResponse<T>>;
}

interface Target {
  baseURL: string;
  url: string;
  display: string;
  /** Whether the bearer token is sent: only ever to the portal itself. */
  auth: boolean;
  /** The portal's pacer for authenticated calls; pre-signed calls have none. */
  pacer?: Pacer;
}

export function createBynderClient(
  connection: Connection,
  options: ClientOptions = {},
): BynderClient {
  const origin = portalOrigin(connection);
  const settings = connectionSettings(connection);
  const baseRedactor = new Redactor(connectionSecrets(connection));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = () => (options.now ?? clock().now)();
  const sleep = (ms: number) => (options.sleep ?? clock().sleep)(ms);
  const random = () => (options.random ?? clock().random)();
  const deadline = deadlineFrom(
    settings.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
    options.startedAt,
    now,
    options.maxWaitMs,
  );
  const rateLimit: RateLimitOptions = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  const baseRetry: RetryOptions = {
    ...DEFAULT_RETRY,
    ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
    ...options.retry,
  };
  const pacer = pacerFor(
    origin,
    options.ratePerSecond ?? settings.ratePerSecond ?? DEFAULT_RATE_PER_SECOND,
  );
  const log: Logger | undefined = options.logger;
  const http: AxiosInstance = axios.create({
    // Relative paths only: an absolute URL must never carry the token to another host.
    allowAbsoluteUrls: false,
    maxBodyLength: Number.POSITIVE_INFINITY,
    maxContentLength: Number.POSITIVE_INFINITY,
    validateStatus: () => true,
    maxRedirects: 0,
  });

  async function send<T>(
    target: Target,
    req: Omit<BynderRequest, "path" | "pathParams">,
    retryOverride?: Partial<RetryOptions>,
  ): Promise<BynderResponse<T>> {
    const retry: RetryOptions = { ...baseRetry, ...retryOverride };
    const bodyFields =
      req.body?.encoding === "form"
        ? req.body.fields
        : req.body?.encoding === "json"
          ? req.body.value
          : undefined;
    // A secret-named query value (Raw Request's `password=`) is as secret as a body field.
    const redactor = baseRedactor.with([
      ...secretFieldValues(bodyFields),
      ...secretFieldValues(req.query),
    ]);
    const ctx: FailureContext = {
      method: req.method,
      origin: target.baseURL,
      path: target.display.slice(target.baseURL.length),
      connection,
      redactor,
    };
    const timeout = req.timeoutMs ?? timeoutMs;
    const params = buildQuery(req.query);
    const label = `Bynder ${req.method} ${target.display}`;
    const warn = (line: string) => log?.warn(redactor.text(line));
    let retries = 0;
    // Whether an earlier attempt may have reached Bynder and been applied.
    let mayHaveApplied = false;
    for (let attempts = 1; ; attempts++) {
      let epoch = 0;
      if (target.pacer) {
        const gate = await target.pacer.acquire({
          deadline: deadline.at,
          interactive: options.interactive,
          clock: { now, sleep },
        });
        if (!gate.ok) throw rateLimitFailure(ctx);
        epoch = gate.epoch;
      }
      const started = now();
      const outcome: Outcome = await sendAttempt(http, {
        baseURL: target.baseURL,
        url: target.url,
        req,
        params,
        timeoutMs: timeout,
        authorization: target.auth ? `Bearer ${accessToken(connection)}` : undefined,
      });
      if (options.debug && log) {
        const result = outcome.ok ? outcome.response.status : describeFailure(outcome.failure);
        log.debug(
          redactor.text(
            `${label}${params.size ? `?${params}` : ""} -> ${result} in ${now() - started} ms`,
          ),
        );
      }
      if (outcome.ok) {
        target.pacer?.succeeded(epoch);
        const { response } = outcome;
        return {
          status: response.status,
          headers: flatHeaders(response.headers),
          data: response.data as T,
        };
      }
      const { failure } = outcome;
      if (alreadyDeleted(req.method, failure, mayHaveApplied)) {
        discardBody(outcome.response);
        warn(
          `${label} answered HTTP 404 on attempt ${attempts}: an earlier attempt had already deleted it, so the delete is done.`,
        );
        return { status: 204, headers: {}, data: "" as T };
      }
      mayHaveApplied ||= mayHaveBeenApplied(failure);
      const at = now();
      const retryAfter = outcome.headers["retry-after"];
      // Bynder's limit is per IP: a 429 pauses every request to the portal, not only this one.
      const paced429 = target.pacer && failure.kind === "status" && failure.status === 429;
      const pauseEndsAt = paced429
        ? target.pacer?.rateLimited(epoch, at, (strike) =>
            rateLimitPause(rateLimit, strike, parseRetryAfter(retryAfter, at), random),
          )
        : undefined;
      const step = nextStep({
        method: req.method,
        failure,
        retryAfterHeader: retryAfter,
        retries,
        retry,
        now: at,
        deadline: deadline.at,
        random,
        interactive: options.interactive,
        pauseEndsAt,
      });
      if (step.kind === "pause") {
        discardBody(outcome.response);
        warn(
          `Bynder's rate limit was reached (HTTP 429 on ${req.method} ${target.display}): pausing every request to ${origin} for ${Math.ceil((step.untilMs - at) / 1000)} s.`,
        );
        continue; // the pacer holds the next attempt until the pause ends
      }
      if (step.kind === "retry") {
        discardBody(outcome.response);
        retries += 1;
        warn(
          `Retrying ${label} (retry ${retries} of ${retry.maxRetries}) in ${step.delayMs} ms after ${step.reason}.`,
        );
        await sleep(step.delayMs);
        continue;
      }
      if (step.reason && !paced429) warn(`Not retrying ${label}: ${step.reason}.`);
      if (req.describeFailure) {
        discardBody(outcome.response);
        throw req.describeFailure(failure, attempts);
      }
      throw await failureError(outcome, ctx, {
        responseType: req.responseType,
        timeoutMs: timeout,
        attempts,
        timeoutAdvice: options.timeoutAdvice,
      });
    }
  }

  return {
    origin,
    redactor: baseRedactor,
    deadline,
    maxRetries: baseRetry.maxRetries,
    async request(req, retry) {
      const path = buildPath(req.path, req.pathParams);
      if (!path.startsWith("/"))
        throw new Error(`Bynder paths must start with "/" (got "${path}").`);
      if (new URL(`${origin}${path}`).origin !== origin)
        throw new Error(`Refusing path "${path}": it leaves the portal.`);
      return send(
        { baseURL: origin, url: path, display: `${origin}${path}`, auth: true, pacer },
        req,
        retry,
      );
    },
    async requestUnauthenticated(url, req, retry) {
      const parsed = checkExternalUrl(url, req.allowHttp);
      const display = `${parsed.origin}${parsed.pathname}`;
      // The query of a pre-signed URL is part of its signature: keep it verbatim.
      return send(
        { baseURL: parsed.origin, url: `${parsed.pathname}${parsed.search}`, display, auth: false },
        req,
        retry,
      );
    },
  };
}
