import nock from "nock";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { failure as anyFailure, loggedClient as setup } from "../../helpers/client";
import { PORTAL } from "../../helpers/connections";
import { installFakeClock } from "./fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock(undefined, 1);
});
afterEach(() => fake.restore());

const WRITE_NOTE = "The request may have been applied; check in Bynder before retrying.";
const ASSET = "/api/v4/media/A1/";

const failure = (p: Promise<unknown>) => anyFailure<BynderApiError>(p);

const deleteAsset = (client: ReturnType<typeof setup>["client"]) =>
  client.request({ method: "DELETE", path: "/api/v4/media/{id}/", pathParams: { id: "A1" } });

describe("HTTP 500", () => {
  it.each(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])(
    "is retried like 502/503/504 for %s, which may be sent again",
    async (method) => {
      const scope = nock(PORTAL)
        .intercept(ASSET, method)
        .reply(500, { message: "Internal Server Error" })
        .intercept(ASSET, method)
        .reply(200, method === "HEAD" ? undefined : { id: "A1" });
      const { client } = setup();
      const res = await client.request({ method: method as "GET", path: ASSET });
      expect(res.status).toBe(200);
      expect(fake.sleeps).toEqual([100]);
      expect(scope.isDone()).toBe(true);
    },
  );

  it("gives up on an idempotent request after maxRetries and names the status", async () => {
    nock(PORTAL).get(ASSET).times(3).reply(500, { message: "Internal Server Error" });
    const { client } = setup({ retry: { maxRetries: 2 } });
    const err = await failure(client.request({ method: "GET", path: ASSET }));
    expect(err.message).toBe(
      `Bynder GET ${PORTAL}${ASSET} failed with HTTP 500: Internal Server Error.`,
    );
    expect(fake.sleeps).toEqual([100, 200]);
  });
});

describe("a write answered with a server error", () => {
  it.each([500, 502, 503, 504])(
    "is not resent after HTTP %i, and says it may have been applied",
    async (status) => {
      const scope = nock(PORTAL).post("/api/v4/collections/").reply(status, { message: "Oops" });
      const { client } = setup();
      const err = await failure(
        client.request({
          method: "POST",
          path: "/api/v4/collections/",
          body: { encoding: "form", fields: { name: "n" } },
        }),
      );
      expect(err).toBeInstanceOf(BynderApiError);
      expect(err.status).toBe(status);
      expect(err.message).toBe(
        `Bynder POST ${PORTAL}/api/v4/collections/ failed with HTTP ${status}: Oops. ${WRITE_NOTE}`,
      );
      expect(fake.sleeps).toEqual([]);
      expect(scope.isDone()).toBe(true);
    },
  );

  it("says it for a PATCH answered with a gateway's HTML 502 page", async () => {
    nock(PORTAL)
      .patch("/api/v4/users/U1/")
      .reply(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {
        "Content-Type": "text/html",
      });
    const { client } = setup();
    const err = await failure(
      client.request({
        method: "PATCH",
        path: "/api/v4/users/U1/",
        body: { encoding: "json", value: {} },
      }),
    );
    expect(err.message).toBe(
      `Bynder PATCH ${PORTAL}/api/v4/users/U1/ failed with HTTP 502: 502 Bad Gateway. ${WRITE_NOTE}`,
    );
  });

  it.each([400, 404, 409, 501])(
    "does not say it after HTTP %i, where Bynder refused the write",
    async (status) => {
      nock(PORTAL).post("/api/v4/collections/").reply(status, { message: "No" });
      const { client } = setup();
      const err = await failure(
        client.request({
          method: "POST",
          path: "/api/v4/collections/",
          body: { encoding: "json", value: {} },
        }),
      );
      expect(err.message).toBe(
        `Bynder POST ${PORTAL}/api/v4/collections/ failed with HTTP ${status}: No.`,
      );
    },
  );

  it("does not say it of an idempotent request, which was retried instead", async () => {
    nock(PORTAL).put(ASSET).times(2).reply(503, { message: "Busy" });
    const { client } = setup({ retry: { maxRetries: 1 } });
    const err = await failure(client.request({ method: "PUT", path: ASSET }));
    expect(err.message).toBe(`Bynder PUT ${PORTAL}${ASSET} failed with HTTP 503: Busy.`);
  });
});

describe("a DELETE retried after an attempt that may have been applied", () => {
  const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });

  it.each([
    ["a dropped connection", (s: nock.Interceptor) => s.replyWithError(reset)],
    ["HTTP 500", (s: nock.Interceptor) => s.reply(500)],
    ["a 502 HTML page", (s: nock.Interceptor) => s.reply(502, "<h1>Bad Gateway</h1>")],
    ["HTTP 504", (s: nock.Interceptor) => s.reply(504)],
  ])("counts a 404 as deleted after %s, and logs why", async (_name, first) => {
    first(nock(PORTAL).delete(ASSET));
    nock(PORTAL).delete(ASSET).reply(404, { message: "Not found", statuscode: 404 });
    const { client, log } = setup();
    const res = await deleteAsset(client);
    expect(res).toEqual({ status: 204, headers: {}, data: "" });
    expect(log.lines.filter((l) => l.startsWith("warn"))).toEqual([
      expect.stringMatching(/^warn Retrying Bynder DELETE /),
      `warn Bynder DELETE ${PORTAL}${ASSET} answered HTTP 404 on attempt 2: an earlier attempt had already deleted it, so the delete is done.`,
    ]);
  });

  it("counts a 404 as deleted even when a 429 pause came between", async () => {
    nock(PORTAL)
      .delete(ASSET)
      .reply(503)
      .delete(ASSET)
      .reply(429, {}, { "Retry-After": "1" })
      .delete(ASSET)
      .reply(404, { message: "Not found" });
    const { client } = setup();
    expect((await deleteAsset(client)).status).toBe(204);
  });

  it("still fails on a 404 to the first attempt", async () => {
    nock(PORTAL).delete(ASSET).reply(404, { message: "Not found", statuscode: 404 });
    const { client } = setup();
    const err = await failure(deleteAsset(client));
    expect(err.status).toBe(404);
    expect(err.message).toBe(`Bynder DELETE ${PORTAL}${ASSET} failed with HTTP 404: Not found.`);
  });

  it.each([
    [
      "a refused connection (never sent)",
      (s: nock.Interceptor) =>
        s.replyWithError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" })),
    ],
    ["a 429 (refused by the rate limit)", (s: nock.Interceptor) => s.reply(429, {})],
  ])("still fails on a 404 after %s, which cannot have deleted it", async (_name, first) => {
    first(nock(PORTAL).delete(ASSET));
    nock(PORTAL).delete(ASSET).reply(404, { message: "Not found" });
    const { client } = setup();
    const err = await failure(deleteAsset(client));
    expect(err.status).toBe(404);
  });

  it("does not turn a 404 into success for other methods", async () => {
    nock(PORTAL).put(ASSET).reply(503).put(ASSET).reply(404, { message: "Not found" });
    const { client } = setup();
    const err = await failure(client.request({ method: "PUT", path: ASSET }));
    expect(err.status).toBe(404);
  });
});
