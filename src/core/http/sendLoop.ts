import type { ActionLogger, Connection } from "@prismatic-io/spectral";
import type { AxiosInstance } from "axios";
import { discardBody, flatHeaders, type Outcome, sendAttempt } from "./attempt";
import { clock, type Deadline } from "./clock";
import { type FailureContext, rateLimitFailure } from "./errors";
import { failureError } from "./failures";
import type { Pacer } from "./pacer";
import type { VendorProfile } from "./profile";
import { Redactor, secretFieldValues } from "./redact";
import { type ApiRequest, buildQuery } from "./request";
import {
  alreadyDeleted,
  describeFailure,
  mayHaveBeenApplied,
  type NextStep,
  nextStep,
  parseRetryAfter,
  type RetryOptions,
  rateLimitPause,
} from "./retry";

export type Logger = Pick<ActionLogger, "debug" | "info" | "warn" | "error">;
export type SendRequest = Omit<ApiRequest, "path" | "pathParams">;

export interface ApiResponse<T> {
  status: number;
  headers: Record<string, string>;
  data: T;
  /** Milliseconds the answered attempt spent on the wire (pacer waits and retries left out). */
  elapsedMs?: number;
}

/** What stays the same for every request of one client. */
export interface SendEnv {
  profile: VendorProfile;
  connection: Connection;
  http: AxiosInstance;
  deadline: Deadline;
  redactor: Redactor;
  timeoutMs: number;
  logger?: Logger;
  debug?: boolean;
  interactive?: boolean;
  timeoutAdvice?: string;
}

/** Where one request goes. */
export interface Target {
  baseURL: string;
  url: string;
  display: string;
  /** Whether the bearer token is sent: only ever to the API's own origin. */
  auth: boolean;
  /** The origin's pacer for authenticated calls; pre-signed calls have none. */
  pacer?: Pacer;
}

/** One request's own view: its redactor (with its secret fields), labels and failure context. */
function prepare(env: SendEnv, target: Target, req: SendRequest) {
  const fields =
    req.body?.encoding === "form"
      ? req.body.fields
      : req.body?.encoding === "json"
        ? req.body.value
        : undefined;
  // A secret-named query value (Raw Request's `password=`) is as secret as a body field.
  const redactor = env.redactor.with([
    ...secretFieldValues(fields),
    ...secretFieldValues(req.query),
  ]);
  const ctx: FailureContext = {
    profile: env.profile,
    method: req.method,
    origin: target.baseURL,
    path: target.display.slice(target.baseURL.length),
    connection: env.connection,
    redactor,
  };
  const label = `${env.profile.name} ${req.method} ${target.display}`;
  const warn = (line: string) => env.logger?.warn(redactor.text(line));
  return { ctx, redactor, label, warn, params: buildQuery(req.query) };
}

/** Asks the pacer for a slot; the epoch it was granted in, or the error of a request never sent. */
async function gate(env: SendEnv, target: Target, ctx: FailureContext): Promise<number> {
  if (!target.pacer) return 0;
  const granted = await target.pacer.acquire({
    deadline: env.deadline.at,
    interactive: env.interactive,
  });
  if (!granted.ok) throw rateLimitFailure(ctx);
  return granted.epoch;
}

/** The decision after a failed attempt; a 429 to a paced origin first pauses every request to it. */
function decide(
  env: SendEnv,
  target: Target,
  req: SendRequest,
  failed: Extract<Outcome, { ok: false }>,
  state: { retries: number; epoch: number; retry: RetryOptions },
): NextStep & { shared: boolean; at: number } {
  const at = clock().now();
  const random = () => clock().random();
  const retryAfter = failed.headers["retry-after"];
  // The vendor's limit is per IP: a 429 pauses every request to the origin, not only this one.
  const shared = Boolean(
    target.pacer && failed.failure.kind === "status" && failed.failure.status === 429,
  );
  const pauseEndsAt = shared
    ? target.pacer?.rateLimited(state.epoch, at, (strike) =>
        rateLimitPause(env.profile.rateLimit, strike, parseRetryAfter(retryAfter, at), random),
      )
    : undefined;
  const step = nextStep({
    method: req.method,
    failure: failed.failure,
    retryAfterHeader: retryAfter,
    retries: state.retries,
    retry: state.retry,
    now: at,
    deadline: env.deadline.at,
    random,
    interactive: env.interactive,
    pauseEndsAt,
    vendor: env.profile.name,
  });
  return { ...step, shared, at };
}

/**
 * Sends one request until it succeeds or the retry policy, the 429 pause or the deadline says
 * stop. Each step is one of the pure pieces: pacer, sendAttempt, nextStep, failureError.
 */
export async function sendWithRetries<T>(
  env: SendEnv,
  target: Target,
  req: SendRequest,
  retry: RetryOptions,
): Promise<ApiResponse<T>> {
  const { ctx, redactor, label, warn, params } = prepare(env, target, req);
  const timeoutMs = req.timeoutMs ?? env.timeoutMs;
  const token = target.auth ? env.profile.token(env.connection) : undefined;
  let retries = 0;
  // Whether an earlier attempt may have reached the server and been applied.
  let mayHaveApplied = false;
  for (let attempts = 1; ; attempts++) {
    const epoch = await gate(env, target, ctx);
    const started = clock().now();
    const outcome = await sendAttempt(env.http, {
      baseURL: target.baseURL,
      url: target.url,
      req,
      params,
      timeoutMs,
      // Pre-signed URLs sign their headers: the vendor's own go to its API only.
      headers: target.auth ? env.profile.headers : undefined,
      authorization: token === undefined ? undefined : `Bearer ${token}`,
    });
    if (env.debug && env.logger) {
      const result = outcome.ok ? outcome.response.status : describeFailure(outcome.failure);
      const query = params.size ? `?${params}` : "";
      const took = clock().now() - started;
      env.logger.debug(redactor.text(`${label}${query} -> ${result} in ${took} ms`));
    }
    if (outcome.ok) {
      target.pacer?.succeeded(epoch);
      const { response } = outcome;
      return {
        status: response.status,
        headers: flatHeaders(response.headers),
        data: response.data as T,
        elapsedMs: clock().now() - started,
      };
    }
    if (alreadyDeleted(req.method, outcome.failure, mayHaveApplied)) {
      discardBody(outcome.response);
      warn(
        `${label} answered HTTP 404 on attempt ${attempts}: an earlier attempt had already deleted it, so the delete is done.`,
      );
      return { status: 204, headers: {}, data: "" as T };
    }
    mayHaveApplied ||= mayHaveBeenApplied(outcome.failure);
    const step = decide(env, target, req, outcome, { retries, epoch, retry });
    if (step.kind !== "fail") discardBody(outcome.response);
    if (step.kind === "pause") {
      const seconds = Math.ceil((step.untilMs - step.at) / 1000);
      warn(
        `${env.profile.name}'s rate limit was reached (HTTP 429 on ${req.method} ${target.display}): pausing every request to ${target.baseURL} for ${seconds} s.`,
      );
      continue; // the pacer holds the next attempt until the pause ends
    }
    if (step.kind === "retry") {
      retries += 1;
      warn(
        `Retrying ${label} (retry ${retries} of ${retry.maxRetries}) in ${step.delayMs} ms after ${step.reason}.`,
      );
      await clock().sleep(step.delayMs);
      continue;
    }
    if (step.reason && !step.shared) warn(`Not retrying ${label}: ${step.reason}.`);
    if (req.describeFailure) {
      discardBody(outcome.response);
      throw req.describeFailure(outcome.failure, attempts);
    }
    throw await failureError(outcome, ctx, {
      responseType: req.responseType,
      timeoutMs,
      attempts,
      timeoutAdvice: env.timeoutAdvice,
    });
  }
}
