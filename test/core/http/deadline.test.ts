import nock from "nock";
import { clientFor } from "../../../src/bynder/client/clientFor";
import { deadlineFrom } from "../../../src/core/http/clock";
import { failure } from "../../helpers/client";
import { oauthConnection, PORTAL } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { installFakeClock } from "./fakeClock";

const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe("deadlineFrom", () => {
  it("ends the budget after the execution's start, kept on the given clock", () => {
    const d = deadlineFrom(13 * MINUTE, ago(10 * MINUTE), () => 5_000);
    // 3 minutes left, give or take the few milliseconds this test takes.
    expect(Math.abs(d.at - (5_000 + 3 * MINUTE))).toBeLessThan(1_000);
    expect(d.allows(2 * MINUTE)).toBe(true);
    expect(d.allows(3 * MINUTE + 1_000)).toBe(false);
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["unreadable", "yesterday-ish"],
    ["in the future", new Date(Date.now() + 5 * MINUTE).toISOString()],
  ])("counts the whole budget from now when the start is %s", (_, startedAt) => {
    const d = deadlineFrom(13 * MINUTE, startedAt, () => 1_000);
    expect(d.at).toBe(1_000 + 13 * MINUTE);
    expect(d.left()).toBe(13 * MINUTE);
  });

  it("ends a caller's own cap that long from now, however long ago the execution began", () => {
    const d = deadlineFrom(13 * MINUTE, ago(5_000), () => 0, 1_500);
    expect(d.at).toBe(1_500);
    expect(d.left()).toBe(1_500);
  });

  it("never lets a caller's cap reach past the execution's deadline", () => {
    const d = deadlineFrom(13 * MINUTE, ago(13 * MINUTE - 1_000), () => 0, 60_000);
    expect(d.left()).toBeLessThanOrEqual(1_000);
    expect(d.left()).toBeGreaterThan(0);
  });

  it("leaves no time at all when the execution has already used its budget", () => {
    const d = deadlineFrom(13 * MINUTE, ago(14 * MINUTE), () => 0);
    expect(d.left()).toBe(0);
    expect(d.allows(1)).toBe(false);
  });
});

describe("the client's retries under the execution's deadline (clientFor(context))", () => {
  let fake: ReturnType<typeof installFakeClock>;
  beforeEach(() => {
    fake = installFakeClock();
  });
  afterEach(() => fake.restore());

  const unavailable = () =>
    nock(PORTAL).get("/api/v4/account/").reply(503, { message: "down" }, { "Retry-After": "60" });

  it("does not retry when the wait would end after 13 minutes from the execution's start", async () => {
    unavailable();
    const log = recordingLogger();
    const client = clientFor(oauthConnection(), {
      logger: log.logger,
      startedAt: ago(12.5 * MINUTE),
    });
    expect(client.deadline.left()).toBeLessThanOrEqual(30_000);
    const error = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(error.message).toMatch(/HTTP 503/);
    expect(fake.sleeps).toEqual([]);
    expect(log.lines.join("\n")).toMatch(
      /Not retrying .* the next retry would end after the deadline/,
    );
  });

  it("gives a call with its own short Max Wait (a webhook answer) that wait from now, seconds into the execution", async () => {
    const client = clientFor(
      oauthConnection(),
      { logger: recordingLogger().logger, startedAt: ago(4_000) },
      { maxWaitMs: 1_500 },
    );
    expect(client.deadline.left()).toBe(1_500);
  });

  it("retries the same failure when the execution has just started", async () => {
    unavailable();
    nock(PORTAL).get("/api/v4/account/").reply(200, { name: "Acme" });
    const client = clientFor(oauthConnection(), {
      logger: recordingLogger().logger,
      startedAt: ago(0),
    });
    const res = await client.request({ method: "GET", path: "/api/v4/account/" });
    expect(res.data).toEqual({ name: "Acme" });
    expect(fake.sleeps).toEqual([60_000]);
  });
});
