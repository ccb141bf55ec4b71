import {
  ANSWER_BUDGET_MS,
  ANSWER_WITHIN_MS,
  MAX_DELAY_MS,
  MIN_READ_MS,
  plannedDelayMs,
  readLimits,
  SKIP_READ_BELOW_MS,
} from "../../../src/core/webhooks/answerBudget";

describe("the webhook answer budget", () => {
  it("caps the delay and shortens it when the run is already slow, leaving the read its minimum", () => {
    expect(plannedDelayMs(60_000, 0)).toBe(MAX_DELAY_MS);
    expect(plannedDelayMs(2000, 0)).toBe(2000);
    expect(plannedDelayMs(3000, 1000)).toBe(ANSWER_BUDGET_MS - MIN_READ_MS - 1000);
    expect(plannedDelayMs(3000, 5000)).toBe(0);
    expect(MAX_DELAY_MS + MIN_READ_MS).toBeLessThanOrEqual(ANSWER_BUDGET_MS);
    expect(ANSWER_BUDGET_MS).toBeLessThan(ANSWER_WITHIN_MS);
  });

  it("gives the read limits whose worst case (every wait, then a full last attempt) ends in the time left", () => {
    for (let left = SKIP_READ_BELOW_MS; left <= ANSWER_BUDGET_MS; left += 37) {
      const limits = readLimits(left);
      if (!limits) throw new Error(`no limits for ${left} ms`);
      expect((limits.maxWaitMs ?? Infinity) + (limits.timeoutMs ?? Infinity)).toBeLessThanOrEqual(
        left,
      );
      expect(limits.retry?.maxRetries).toBe(1);
    }
    expect(readLimits(SKIP_READ_BELOW_MS - 1)).toBeUndefined();
  });
});
