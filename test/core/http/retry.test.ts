import { classifyError } from "../../../src/core/http/attempt";
import {
  alreadyDeleted,
  backoffDelay,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RETRY,
  decideRetry,
  type FailureKind,
  mayHaveBeenApplied,
  nextStep,
  parseRetryAfter,
  type RetryOptions,
  rateLimitPause,
} from "../../../src/core/http/retry";

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const noJitter: RetryOptions = { ...DEFAULT_RETRY, jitter: false };
const half = () => 0.5;
const status = (s: number): FailureKind => ({ kind: "status", status: s });
const net = (kind: Exclude<FailureKind["kind"], "status">, code = "X"): FailureKind => ({
  kind,
  code,
});
const retries = (method: string, failure: FailureKind, options = noJitter) =>
  decideRetry(options, { method, attempt: 0, failure }, NOW, half).retry;

describe("retry decision by method and failure", () => {
  const methods = ["GET", "HEAD", "PUT", "DELETE", "POST", "PATCH"];
  const table: [string, FailureKind, string[]][] = [
    ["HTTP 429 (pre-signed calls)", status(429), methods],
    ["HTTP 502", status(502), ["GET", "HEAD", "PUT", "DELETE"]],
    ["HTTP 503", status(503), ["GET", "HEAD", "PUT", "DELETE"]],
    ["HTTP 504", status(504), ["GET", "HEAD", "PUT", "DELETE"]],
    ["HTTP 500", status(500), ["GET", "HEAD", "PUT", "DELETE"]],
    ["HTTP 400", status(400), []],
    ["HTTP 401", status(401), []],
    ["HTTP 404", status(404), []],
    ["never sent (refused, DNS)", net("unsent", "ECONNREFUSED"), methods],
    ["dropped connection", net("dropped", "ECONNRESET"), ["GET", "HEAD", "PUT", "DELETE"]],
    ["timeout", net("timeout", "ECONNABORTED"), ["GET", "HEAD", "PUT", "DELETE"]],
    ["cut-off response", net("cutoff", "ERR_BAD_RESPONSE"), ["GET", "HEAD", "PUT", "DELETE"]],
    ["unknown transport error", net("other", "EWHAT"), []],
  ];
  it.each(table)("%s is retried for exactly these methods: %#", (_, failure, expected) => {
    expect(methods.filter((m) => retries(m, failure))).toEqual(expected);
  });

  it("retries everything, for every method, when retry-all-errors is on", () => {
    const all = { ...noJitter, retryAllErrors: true };
    for (const failure of [status(400), net("cutoff"), net("other")]) {
      expect(retries("POST", failure, all)).toBe(true);
    }
  });

  it("stops after maxRetries", () => {
    const opts = { ...noJitter, maxRetries: 2 };
    const at = (attempt: number) =>
      decideRetry(opts, { method: "GET", attempt, failure: status(503) }, NOW, half).retry;
    expect(at(1)).toBe(true);
    expect(at(2)).toBe(false);
    expect(retries("GET", status(503), { ...noJitter, maxRetries: 0 })).toBe(false);
  });
});

describe("whether a failed attempt may have been applied", () => {
  it.each([
    [status(500), true],
    [status(502), true],
    [status(503), true],
    [status(504), true],
    [status(501), false],
    [status(429), false],
    [status(404), false],
    [status(400), false],
    [net("unsent", "ECONNREFUSED"), false],
    [net("dropped", "ECONNRESET"), true],
    [net("timeout", "ECONNABORTED"), true],
    [net("cutoff", "ERR_BAD_RESPONSE"), true],
    [net("other", "EWHAT"), true],
  ])("%j: %s", (failure, expected) => {
    expect(mayHaveBeenApplied(failure)).toBe(expected);
  });

  it("counts a DELETE's 404 as deleted only after an attempt that may have been applied", () => {
    expect(alreadyDeleted("DELETE", status(404), true)).toBe(true);
    expect(alreadyDeleted("delete", status(404), true)).toBe(true);
    expect(alreadyDeleted("DELETE", status(404), false)).toBe(false);
    expect(alreadyDeleted("DELETE", status(410), true)).toBe(false);
    expect(alreadyDeleted("PUT", status(404), true)).toBe(false);
    expect(alreadyDeleted("POST", status(404), true)).toBe(false);
  });
});

describe("transport error classification", () => {
  it.each([
    ["ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:1", false, "unsent"],
    ["ENOTFOUND", "getaddrinfo ENOTFOUND acme.invalid", false, "unsent"],
    ["EAI_AGAIN", "getaddrinfo EAI_AGAIN", false, "unsent"],
    ["ERR_BAD_RESPONSE", "stream has been aborted", true, "cutoff"],
    ["ERR_STREAM_PREMATURE_CLOSE", "Premature close", true, "cutoff"],
    ["ECONNABORTED", "timeout of 50ms exceeded", false, "timeout"],
    ["ETIMEDOUT", "connect ETIMEDOUT", false, "timeout"],
    ["ECONNRESET", "socket hang up", false, "dropped"],
    ["EPIPE", "write EPIPE", false, "dropped"],
    ["ERR_BAD_RESPONSE", "maxContentLength size of 10 exceeded", true, "other"],
  ])("%s (%s, headers received: %s) is %s", (code, message, gotHeaders, kind) => {
    expect(classifyError(code, message, gotHeaders)).toEqual({ kind, code });
  });
});

describe("backoff", () => {
  it("doubles the delay with exponential backoff and caps it", () => {
    const opts = { ...noJitter, baseDelayMs: 100, maxDelayMs: 500 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(opts, a, half))).toEqual([
      100, 200, 400, 500, 500,
    ]);
  });

  it("keeps a constant delay without exponential backoff", () => {
    const opts = { ...noJitter, exponential: false, baseDelayMs: 250 };
    expect([0, 1, 5].map((a) => backoffDelay(opts, a, half))).toEqual([250, 250, 250]);
  });

  it("jitters between half and all of the delay", () => {
    const opts = { ...DEFAULT_RETRY, baseDelayMs: 1000, jitter: true };
    expect(backoffDelay(opts, 0, () => 0)).toBe(500);
    expect(backoffDelay(opts, 0, () => 0.999999)).toBe(1000);
    expect(backoffDelay(opts, 1, () => 0.5)).toBe(1500);
  });

  it("honours Retry-After in seconds and as an HTTP date", () => {
    expect(parseRetryAfter("7", NOW)).toBe(7000);
    expect(parseRetryAfter(new Date(NOW + 3000).toUTCString(), NOW)).toBe(3000);
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
    const d = decideRetry(
      { ...noJitter, baseDelayMs: 100 },
      { method: "GET", attempt: 0, failure: status(503), retryAfterHeader: "7" },
      NOW,
      half,
    );
    expect(d).toEqual({ retry: true, delayMs: 7000, reason: "HTTP 503" });
  });

  it("gives up with a reason when Retry-After is longer than the delay cap", () => {
    const d = decideRetry(
      { ...noJitter, maxDelayMs: 5000 },
      { method: "GET", attempt: 0, failure: status(503), retryAfterHeader: "120" },
      NOW,
      half,
    );
    expect(d.retry).toBe(false);
    expect(d.retry === false && d.reason).toContain("120 s");
  });
});

describe("429 schedule", () => {
  const pause = (strike: number, r: number, retryAfter?: number) =>
    rateLimitPause(DEFAULT_RATE_LIMIT, strike, retryAfter, () => r);

  it("starts between 30 and 60 s, jittered", () => {
    expect(pause(1, 0)).toBe(30_000);
    expect(pause(1, 0.5)).toBe(45_000);
    expect(pause(1, 0.999999)).toBe(60_000);
  });

  it("doubles per 429 in a row and never exceeds 5 minutes", () => {
    expect([1, 2, 3, 4, 5, 9].map((s) => pause(s, 0))).toEqual([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ]);
    expect([1, 2, 3, 4].map((s) => pause(s, 1))).toEqual([60_000, 120_000, 240_000, 300_000]);
  });

  it("waits exactly as long as Retry-After says, but at least a second", () => {
    expect(pause(1, 0.5, 7000)).toBe(7000);
    expect(pause(4, 0.5, 420_000)).toBe(420_000);
    expect(pause(1, 0.5, 0)).toBe(1000);
  });

  it("is configurable", () => {
    const opts = { firstPauseMinMs: 100, firstPauseMaxMs: 100, maxPauseMs: 250 };
    expect([1, 2, 3].map((s) => rateLimitPause(opts, s, undefined, half))).toEqual([100, 200, 250]);
  });
});

describe("next step after a failed attempt", () => {
  const base = {
    method: "GET",
    failure: status(503),
    retries: 0,
    retry: noJitter,
    now: NOW,
    deadline: NOW + 60_000,
    random: half,
  };

  it("waits out the portal's pause on a 429, unless interactive or past the deadline", () => {
    const on429 = { ...base, failure: status(429), pauseEndsAt: NOW + 45_000 };
    expect(nextStep(on429)).toEqual({ kind: "pause", untilMs: NOW + 45_000 });
    expect(nextStep({ ...on429, method: "POST" })).toEqual({
      kind: "pause",
      untilMs: NOW + 45_000,
    });
    expect(nextStep({ ...on429, interactive: true }).kind).toBe("fail");
    expect(nextStep({ ...on429, pauseEndsAt: NOW + 60_001 }).kind).toBe("fail");
  });

  it("does not count 429 pauses against the retry budget", () => {
    const on429 = { ...base, failure: status(429), pauseEndsAt: NOW + 1000 };
    expect(nextStep({ ...on429, retry: { ...noJitter, maxRetries: 0 } }).kind).toBe("pause");
  });

  it("follows the retry policy otherwise, but never waits past the deadline", () => {
    expect(nextStep(base)).toEqual({ kind: "retry", delayMs: 1000, reason: "HTTP 503" });
    expect(nextStep({ ...base, method: "POST" })).toEqual({ kind: "fail" });
    expect(nextStep({ ...base, deadline: NOW + 999 }).kind).toBe("fail");
    expect(nextStep({ ...base, retries: 3 })).toEqual({ kind: "fail" });
  });
});
