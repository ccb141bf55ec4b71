import {
  backoffDelay,
  DEFAULT_RETRY,
  decideRetry,
  parseRetryAfter,
  type RetryOptions,
} from "../../src/client/retry";

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const noJitter: RetryOptions = { ...DEFAULT_RETRY, jitter: false };
const half = () => 0.5;

describe("retry policy", () => {
  it("retries 429 for every method, including POST", () => {
    for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) {
      expect(decideRetry(noJitter, { method, attempt: 0, status: 429 }, NOW, half).retry).toBe(
        true,
      );
    }
  });

  it("retries 502, 503 and 504 only for idempotent methods", () => {
    for (const status of [502, 503, 504]) {
      expect(decideRetry(noJitter, { method: "GET", attempt: 0, status }, NOW, half).retry).toBe(
        true,
      );
      expect(decideRetry(noJitter, { method: "PUT", attempt: 0, status }, NOW, half).retry).toBe(
        true,
      );
      expect(decideRetry(noJitter, { method: "DELETE", attempt: 0, status }, NOW, half).retry).toBe(
        true,
      );
      expect(decideRetry(noJitter, { method: "POST", attempt: 0, status }, NOW, half).retry).toBe(
        false,
      );
      expect(decideRetry(noJitter, { method: "PATCH", attempt: 0, status }, NOW, half).retry).toBe(
        false,
      );
    }
  });

  it("does not retry 500, 400 or 404 by default", () => {
    for (const status of [400, 401, 404, 500]) {
      expect(decideRetry(noJitter, { method: "GET", attempt: 0, status }, NOW, half).retry).toBe(
        false,
      );
    }
  });

  it("retries network resets and timeouts on idempotent methods only", () => {
    expect(
      decideRetry(noJitter, { method: "GET", attempt: 0, networkCode: "ECONNRESET" }, NOW, half)
        .retry,
    ).toBe(true);
    expect(
      decideRetry(noJitter, { method: "HEAD", attempt: 0, networkCode: "ECONNABORTED" }, NOW, half)
        .retry,
    ).toBe(true);
    expect(
      decideRetry(noJitter, { method: "POST", attempt: 0, networkCode: "ECONNRESET" }, NOW, half)
        .retry,
    ).toBe(false);
  });

  it("retries everything, for every method, when retry-all-errors is on", () => {
    const all = { ...noJitter, retryAllErrors: true };
    expect(decideRetry(all, { method: "POST", attempt: 0, status: 400 }, NOW, half).retry).toBe(
      true,
    );
    expect(
      decideRetry(all, { method: "PATCH", attempt: 0, networkCode: "ECONNRESET" }, NOW, half).retry,
    ).toBe(true);
  });

  it("stops after maxRetries", () => {
    const opts = { ...noJitter, maxRetries: 2 };
    expect(decideRetry(opts, { method: "GET", attempt: 1, status: 503 }, NOW, half).retry).toBe(
      true,
    );
    expect(decideRetry(opts, { method: "GET", attempt: 2, status: 503 }, NOW, half).retry).toBe(
      false,
    );
    expect(
      decideRetry(
        { ...noJitter, maxRetries: 0 },
        { method: "GET", attempt: 0, status: 429 },
        NOW,
        half,
      ).retry,
    ).toBe(false);
  });

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
    const opts = { ...noJitter, baseDelayMs: 100 };
    const d = decideRetry(
      opts,
      { method: "POST", attempt: 0, status: 429, retryAfterHeader: "7" },
      NOW,
      half,
    );
    expect(d).toEqual({ retry: true, delayMs: 7000, reason: "HTTP 429" });
  });

  it("gives up with a reason when Retry-After is longer than the delay cap", () => {
    const opts = { ...noJitter, maxDelayMs: 5000 };
    const d = decideRetry(
      opts,
      { method: "GET", attempt: 0, status: 429, retryAfterHeader: "120" },
      NOW,
      half,
    );
    expect(d.retry).toBe(false);
    expect(d.retry === false && d.reason).toContain("120 s");
  });
});
