import type { Connection } from "@prismatic-io/spectral";
import nock from "nock";
import { z } from "zod";
import { createClient } from "../../../src/core/http/client";
import { ApiError, rephrase } from "../../../src/core/http/errors";
import { parseResponse } from "../../../src/core/http/parseResponse";
import type { VendorProfile } from "../../../src/core/http/profile";
import { DEFAULT_RATE_LIMIT } from "../../../src/core/http/retry";
import { failure } from "../../helpers/client";

const ORIGIN = "https://api.acme-dam.test";
const TOKEN = "acme-key-5d1e0f9a";

/** A second vendor, as small as a profile can be: the client must need nothing else. */
function acme(origin = ORIGIN): VendorProfile {
  return {
    name: "Acme",
    origin: () => origin,
    token: (c) => String(c.fields?.apiKey),
    secrets: (c) => [String(c.fields?.apiKey)],
    safeConnection: (c) => ({ key: c.key, configVarKey: c.configVarKey, fields: {} }),
    describeError: (body) => ({
      message: (body as { errors?: { detail?: string }[] })?.errors?.[0]?.detail,
    }),
    advice: [
      { status: 409, method: "POST", path: /^\/v4\/locks\//, advice: "Unlock it first." },
      { status: 404, advice: (method, path) => `Nothing at ${method} ${path}.` },
    ],
    unauthorized: () => "Check the API key in the Acme connection.",
    unreachable: "Check the API host in the connection.",
    pace: { perSecond: 10, maxInAnySecond: 15 },
    rateLimit: { ...DEFAULT_RATE_LIMIT, message: "Acme's rate limit was reached." },
    headers: { Accept: "application/json", "Content-Type": "application/json" },
  };
}

const connection: Connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: TOKEN } };
const client = (origin?: string) =>
  createClient(acme(origin), connection, { retry: { maxRetries: 0 } });

describe("A vendor profile drives the neutral client", () => {
  it("sends the vendor's own headers on every request, a GET and a DELETE included", async () => {
    const scope = nock(ORIGIN, {
      reqheaders: {
        accept: "application/json",
        "content-type": "application/json",
        authorization: `Bearer ${TOKEN}`,
      },
    })
      .get("/v4/assets")
      .reply(200, { data: [] })
      .delete("/v4/assets/1")
      .reply(204);
    await client().request({ method: "GET", path: "/v4/assets" });
    await client().request({ method: "DELETE", path: "/v4/assets/{id}", pathParams: { id: "1" } });
    expect(scope.isDone()).toBe(true);
  });

  it("keeps them (and the token) off pre-signed URLs on other hosts", async () => {
    const scope = nock("https://bucket.storage.test", {
      badheaders: ["content-type", "authorization"],
    })
      .get("/file")
      .reply(200, "bytes");
    await client().requestUnauthenticated("https://bucket.storage.test/file", { method: "GET" });
    expect(scope.isDone()).toBe(true);
  });

  it("names the vendor in every message and reads its error body", async () => {
    nock(ORIGIN)
      .post("/v4/assets")
      .reply(503, { errors: [{ detail: "busy" }] });
    const error = await failure(client().request({ method: "POST", path: "/v4/assets" }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe(
      `Acme POST ${ORIGIN}/v4/assets failed with HTTP 503: busy. The request may have been applied; check in Acme before retrying.`,
    );
    expect((error as ApiError).vendorMessage).toBe("busy");
    expect((error as ApiError).summary).toBe(
      `Acme POST ${ORIGIN}/v4/assets failed with HTTP 503: busy.`,
    );
  });

  it("takes advice from the table by method, path and status; first match wins", async () => {
    nock(ORIGIN)
      .post("/v4/locks/9")
      .reply(409)
      .put("/v4/locks/9")
      .reply(409)
      .get("/v4/x")
      .reply(404);
    const locked = await failure(client().request({ method: "POST", path: "/v4/locks/9" }));
    expect(locked.message).toMatch(/HTTP 409\. Unlock it first\.$/);
    const other = await failure(client().request({ method: "PUT", path: "/v4/locks/9" }));
    expect(other.message).toBe(`Acme PUT ${ORIGIN}/v4/locks/9 failed with HTTP 409.`);
    const missing = await failure(client().request({ method: "GET", path: "/v4/x" }));
    expect(missing.message).toMatch(/HTTP 404\. Nothing at GET \/v4\/x\.$/);
  });

  it("says what happened to the request as a property, not only in words", async () => {
    nock(ORIGIN)
      .get("/v4/a")
      .reply(400)
      .post("/v4/b")
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    const refused = (await failure(client().request({ method: "GET", path: "/v4/a" }))) as ApiError;
    expect(refused.delivery).toBe("refused");
    const dropped = (await failure(
      client().request({ method: "POST", path: "/v4/b" }),
    )) as ApiError;
    expect(dropped.delivery).toBe("mayHaveBeenApplied");
    expect(dropped.failure).toEqual({ kind: "dropped", code: "ECONNRESET" });
    // A refused connection: the request provably never left.
    nock(ORIGIN)
      .post("/v4/c")
      .replyWithError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    const unsent = (await failure(client().request({ method: "POST", path: "/v4/c" }))) as ApiError;
    expect(unsent.delivery).toBe("notSent");
    expect(unsent.notSent).toBe(true);
    expect(unsent.message).toMatch(
      /the request was not sent\. Check the API host in the connection\.$/,
    );
  });

  it("rephrases an error keeping its class, fields and Retry-After", async () => {
    nock(ORIGIN)
      .get("/v4/slow")
      .reply(503, { errors: [{ detail: "later" }] }, { "Retry-After": "120" });
    const error = (await failure(
      client().request({ method: "GET", path: "/v4/slow" }),
    )) as ApiError;
    const again = rephrase(error, "Said better.");
    expect(again).toBeInstanceOf(ApiError);
    expect(again.message).toBe("Said better.");
    expect(again.summary).toBe("Said better.");
    expect(again).toMatchObject({
      status: 503,
      vendorMessage: "later",
      retryAfter: "120",
      delivery: "mayHaveBeenApplied",
    });
  });
});

describe("parseResponse", () => {
  const expected = { vendor: "Acme", what: "asset list from GET /v4/assets", shape: "an array" };
  it("returns what the schema reads", () => {
    expect(parseResponse(z.array(z.number()), [1, 2], expected)).toEqual([1, 2]);
  });
  it("fails naming what was read and what was expected, never the body", () => {
    expect(() => parseResponse(z.array(z.number()), { secret: "s3cr3t" }, expected)).toThrow(
      new Error("Acme returned an unexpected asset list from GET /v4/assets: expected an array."),
    );
  });
});
