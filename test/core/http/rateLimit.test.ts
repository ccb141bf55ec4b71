import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { clientFor } from "../../../src/bynder/client/clientFor";
import { type ClientOptions } from "../../../src/core/http/client";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { collectAll } from "../../../src/core/paging/paginate";
import { failure } from "../../helpers/client";
import { oauthConnection, PORTAL } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { installFakeClock } from "./fakeClock";
import { BYNDER_PAGING } from "../../../src/bynder/endpoints";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock(); // jitter source 0.5: the first pause is 45 s
});
afterEach(() => fake.restore());

function setup(extra: ClientOptions = {}) {
  const log = recordingLogger();
  const client = createBynderClient(oauthConnection(), { logger: log.logger, ...extra });
  return { client, log };
}

const TOO_MANY = { message: "Too Many Requests", statuscode: 429 };
const ADVICE =
  "Bynder's rate limit was reached: it allows 4,500 requests per 5 minutes per IP address, shared with every other integration calling Bynder from the same IP. Try again in about 5 minutes.";

describe("Bynder's rate limit (HTTP 429)", () => {
  it("pauses 30-60 s without Retry-After, then sends the request again", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/account/")
      .reply(429, TOO_MANY)
      .get("/api/v4/account/")
      .reply(200, { name: "Acme" });
    const { client, log } = setup({ retry: { maxRetries: 0 } });
    const res = await client.request({ method: "GET", path: "/api/v4/account/" });
    expect(res.data).toEqual({ name: "Acme" });
    expect(fake.elapsed()).toBe(45_000);
    expect(log.lines).toContain(
      `warn Bynder's rate limit was reached (HTTP 429 on GET ${PORTAL}/api/v4/account/): pausing every request to ${PORTAL} for 45 s.`,
    );
    expect(scope.isDone()).toBe(true);
  });

  it("holds every other request to the portal, from any client of the process, until the pause ends", async () => {
    nock(PORTAL).get("/api/v4/account/").reply(429, TOO_MANY);
    const first = setup({ maxWaitMs: 0 });
    await failure(first.client.request({ method: "GET", path: "/api/v4/account/" }));
    let sentAt = 0;
    nock(PORTAL)
      .get("/api/v4/brands/")
      .reply(() => {
        sentAt = fake.elapsed();
        return [200, []];
      });
    await setup().client.request({ method: "GET", path: "/api/v4/brands/" });
    expect(sentAt).toBe(45_000);
  });

  it("grows the pause up to 5 minutes and fails with one clear message before the 13-minute deadline", async () => {
    const scope = nock(PORTAL).get("/api/v4/media/").times(5).reply(429, TOO_MANY);
    const { client, log } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/media/" }));
    // 45 + 90 + 180 + 300 s waited; the next 300 s pause would end after 13 minutes.
    expect(fake.elapsed()).toBe(615_000);
    expect(
      log.lines.filter((l) => l.includes("pausing")).map((l) => l.match(/for (\d+) s/)?.[1]),
    ).toEqual(["45", "90", "180", "300"]);
    expect(err.message).toBe(
      `Bynder GET ${PORTAL}/api/v4/media/ failed with HTTP 429: Too Many Requests. ${ADVICE}`,
    );
    expect(err.message).not.toMatch(/setting|input|raise/i);
    expect(scope.isDone()).toBe(true);
  });

  it("honours Retry-After, and fails at once when it would end past the deadline", async () => {
    nock(PORTAL)
      .post("/api/v4/collections/")
      .reply(429, TOO_MANY, { "Retry-After": "7" })
      .post("/api/v4/collections/")
      .reply(429, TOO_MANY, { "Retry-After": "900" });
    const { client } = setup({ retry: { maxRetries: 0 } });
    const err = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/collections/",
        body: { encoding: "form", fields: { name: "n" } },
      }),
    );
    expect(fake.sleeps).toEqual([7000]);
    expect(err.message).toContain(ADVICE);
  });

  it("fails an interactive call at once, and does not even send one while the portal is paused", async () => {
    const scope = nock(PORTAL).get("/api/v4/tags/").reply(429, TOO_MANY);
    const client = clientFor(oauthConnection(), recordingLogger(), { interactive: true });
    const err = await failure(client.request({ method: "GET", path: "/api/v4/tags/" }));
    expect(err.message).toContain(ADVICE);
    expect(scope.isDone()).toBe(true);
    const again = await failure(client.request({ method: "GET", path: "/api/v4/tags/" }));
    expect(again.message).toBe(`Bynder GET ${PORTAL}/api/v4/tags/ was not sent. ${ADVICE}`);
    expect(fake.elapsed()).toBe(0);
  });

  it("makes a dropdown fail at once instead of waiting", async () => {
    const scope = nock(PORTAL).get("/api/v4/brands/").reply(429, TOO_MANY);
    const harness = createHarness(component);
    await expect(
      harness.dataSource("selectBrand", { connection: oauthConnection() }),
    ).rejects.toThrow(ADVICE);
    expect(scope.isDone()).toBe(true);
    expect(fake.elapsed()).toBe(0);
  });

  it("lets a paginated read survive a 429 in the middle without losing or repeating pages", async () => {
    const page = (n: number, size: number) =>
      Array.from({ length: size }, (_, i) => ({ id: `p${n}-${i}` }));
    const scope = nock(PORTAL);
    const query = (p: number) => ({ page: String(p), limit: "2", total: "1" });
    scope
      .get("/api/v4/media/")
      .query(query(1))
      .reply(200, { media: page(1, 2) });
    scope.get("/api/v4/media/").query(query(2)).reply(429, TOO_MANY);
    scope
      .get("/api/v4/media/")
      .query(query(2))
      .reply(200, { media: page(2, 2) });
    scope
      .get("/api/v4/media/")
      .query(query(3))
      .reply(200, { media: page(3, 1) });
    const { client } = setup({ retry: { maxRetries: 0 } });
    const { items } = await collectAll<{ id: string }>(client, {
      request: { path: "/api/v4/media/" },
      style: "envelope",
      vendor: BYNDER_PAGING,
      itemsKey: "media",
      pageSize: 2,
      maxPages: 10,
    });
    expect(items.map((i) => i.id)).toEqual(["p1-0", "p1-1", "p2-0", "p2-1", "p3-0"]);
    expect(fake.elapsed()).toBe(45_000);
    expect(scope.isDone()).toBe(true);
  });
});

describe("pacing", () => {
  it("spaces bursts of portal requests to about 10 per second", async () => {
    nock(PORTAL).get("/api/v4/account/").times(25).reply(200, {});
    const { client } = setup();
    for (let i = 0; i < 25; i++) await client.request({ method: "GET", path: "/api/v4/account/" });
    // 5 at once, then one every 100 ms.
    expect(fake.elapsed()).toBe(2000);
  });

  it("does not pace or pause pre-signed calls to other hosts", async () => {
    nock(PORTAL).get("/api/v4/account/").reply(429, TOO_MANY);
    const { client } = setup({ maxWaitMs: 0 });
    await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    const s3 = nock("https://bucket.s3.amazonaws.com").get("/f").times(25).reply(200, "x");
    for (let i = 0; i < 25; i++) {
      await client.requestUnauthenticated("https://bucket.s3.amazonaws.com/f", { method: "GET" });
    }
    expect(fake.elapsed()).toBe(0);
    expect(s3.isDone()).toBe(true);
  });
});
