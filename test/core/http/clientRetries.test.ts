import nock from "nock";
import type { ClientOptions } from "../../../src/core/http/client";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { failure, loggedClient } from "../../helpers/client";
import { ACCESS_TOKEN, PORTAL } from "../../helpers/connections";
import { useFakeClock } from "../../helpers/clock";

/** When the client sends a request again, how long it waits, and what it logs meanwhile. */
const clock = useFakeClock(undefined, 1);
const setup = (extra: ClientOptions = {}) => ({ ...loggedClient(extra), waits: clock().sleeps });

describe("Bynder client", () => {
  it("retries a 503 on GET with exponential backoff, logging each retry", async () => {
    nock(PORTAL)
      .get("/api/v4/media/")
      .times(2)
      .reply(503, "busy")
      .get("/api/v4/media/")
      .reply(200, []);
    const { client, waits, log } = setup();
    await expect(client.request({ method: "GET", path: "/api/v4/media/" })).resolves.toMatchObject({
      status: 200,
    });
    expect(waits).toEqual([100, 200]);
    expect(log.lines.filter((l) => l.startsWith("warn Retrying"))).toEqual([
      `warn Retrying Bynder GET ${PORTAL}/api/v4/media/ (retry 1 of 3) in 100 ms after HTTP 503.`,
      `warn Retrying Bynder GET ${PORTAL}/api/v4/media/ (retry 2 of 3) in 200 ms after HTTP 503.`,
    ]);
  });

  it("waits out a 429 on POST for as long as Retry-After says, then sends it again", async () => {
    nock(PORTAL)
      .post("/api/v4/collections/")
      .reply(429, { message: "Too Many Requests" }, { "Retry-After": "3" })
      .post("/api/v4/collections/")
      .reply(201, { id: "x" });
    const { client, waits } = setup();
    await client.request({
      method: "POST",
      path: "/api/v4/collections/",
      body: { encoding: "form", fields: { name: "n" } },
    });
    expect(waits).toEqual([3000]);
  });

  it("does not retry a 503 on POST, and says it may have been applied", async () => {
    const scope = nock(PORTAL)
      .post("/api/v4/collections/")
      .reply(503, { message: "Service Unavailable", statuscode: 503 });
    const { client, waits } = setup();
    const err = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/collections/",
        body: { encoding: "form", fields: { name: "n" } },
      }),
    );
    expect(err).toBeInstanceOf(BynderApiError);
    expect(err.message).toBe(
      `Bynder POST ${PORTAL}/api/v4/collections/ failed with HTTP 503: Service Unavailable. The request may have been applied; check in Bynder before retrying.`,
    );
    expect(waits).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it("retries network resets on GET and gives up after maxRetries with a clear error", async () => {
    nock(PORTAL)
      .get("/api/v4/account/")
      .times(3)
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    const { client, waits } = setup({ retry: { maxRetries: 2 } });
    const err = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(waits).toEqual([100, 200]);
    expect(err.message).toBe(
      `Bynder GET ${PORTAL}/api/v4/account/ failed: the connection was dropped before Bynder answered (ECONNRESET). Tried 3 times.`,
    );
  });

  it("times out slow responses with the configured timeout", async () => {
    nock(PORTAL).get("/api/v4/account/").delay(300).reply(200, {});
    const { client } = setup({ timeoutMs: 50, retry: { maxRetries: 0 } });
    const err = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(err.message).toBe(
      `Bynder GET ${PORTAL}/api/v4/account/ got no answer within 50 ms. Bynder may be slow or busy; try again in a few minutes.`,
    );
  });
});

describe("retry and pause log lines", () => {
  it("pass through the redactor like every other line", async () => {
    nock(PORTAL)
      .get(`/api/v4/media/${ACCESS_TOKEN}/`)
      .reply(503, "busy")
      .get(`/api/v4/media/${ACCESS_TOKEN}/`)
      .reply(429, "slow down")
      .get(`/api/v4/media/${ACCESS_TOKEN}/`)
      .reply(200, {});
    const { client, log } = setup();
    await client.request({
      method: "GET",
      path: "/api/v4/media/{id}/",
      pathParams: { id: ACCESS_TOKEN },
    });
    const warnings = log.lines.filter((l) => l.startsWith("warn"));
    expect(warnings).toHaveLength(2);
    expect(warnings.join("\n")).not.toContain(ACCESS_TOKEN);
    expect(warnings.join("\n")).toContain("[REDACTED]");
  });
});
