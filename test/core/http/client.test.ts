import { isConnectionError } from "@prismatic-io/spectral";
import nock from "nock";
import type { ClientOptions } from "../../../src/core/http/client";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { failure, loggedClient } from "../../helpers/client";
import { ACCESS_TOKEN, CLIENT_SECRET, PORTAL } from "../../helpers/connections";
import { installFakeClock } from "./fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock(undefined, 1);
});
afterEach(() => fake.restore());

const setup = (extra: ClientOptions = {}) => ({ ...loggedClient(extra), waits: fake.sleeps });

describe("Bynder client", () => {
  it("sends the bearer token and an explicit encoding per request", async () => {
    const scope = nock(PORTAL, {
      reqheaders: {
        authorization: `Bearer ${ACCESS_TOKEN}`,
        "content-type": "application/x-www-form-urlencoded",
      },
    })
      .post("/api/v4/media/ABC/", "name=Hero&tags=a%2Cb")
      .reply(202, { message: "Accepted", statuscode: 202 });
    const { client } = setup();
    const res = await client.request({
      method: "POST",
      path: "/api/v4/media/{id}/",
      pathParams: { id: "ABC" },
      body: {
        encoding: "form",
        fields: { name: "Hero", tags: ["a", "b"], description: undefined },
      },
    });
    expect(res.data).toEqual({ message: "Accepted", statuscode: 202 });
    expect(scope.isDone()).toBe(true);
  });

  it("sends JSON bodies as application/json and no content type on GET", async () => {
    nock(PORTAL, { reqheaders: { "content-type": "application/json" } })
      .post("/api/workflow/campaigns/", { name: "Spring" })
      .reply(201, { id: "c1" });
    nock(PORTAL, { badheaders: ["content-type"] })
      .get("/api/v4/account/")
      .reply(200, { name: "Acme" });
    const { client } = setup();
    await expect(
      client.request({
        method: "POST",
        path: "/api/workflow/campaigns/",
        body: { encoding: "json", value: { name: "Spring" } },
      }),
    ).resolves.toMatchObject({ status: 201 });
    await expect(
      client.request({ method: "GET", path: "/api/v4/account/" }),
    ).resolves.toMatchObject({ data: { name: "Acme" } });
  });

  it("URL-encodes path parameters so an ID can never change the path", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/users/..%2Fusers/")
      .reply(200, {})
      .get("/api/v4/users/a%2Fb%3Fx%3D1/")
      .reply(200, {});
    const { client } = setup();
    await client.request({
      method: "GET",
      path: "/api/v4/users/{id}/",
      pathParams: { id: "../users" },
    });
    await client.request({
      method: "GET",
      path: "/api/v4/users/{id}/",
      pathParams: { id: "a/b?x=1" },
    });
    expect(scope.isDone()).toBe(true);
    for (const id of ["..", ".", "%2e%2E"]) {
      await expect(
        client.request({ method: "GET", path: "/api/v4/users/{id}/", pathParams: { id } }),
      ).rejects.toThrow(/cannot be/);
    }
  });

  it("omits undefined query values and joins arrays with commas", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/metaproperties/")
      .query({ ids: "a,b", type: "image" })
      .reply(200, {});
    const { client } = setup();
    await client.request({
      method: "GET",
      path: "/api/v4/metaproperties/",
      query: { ids: ["a", "b"], type: "image", count: undefined },
    });
    expect(scope.isDone()).toBe(true);
  });

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

  it.each([
    [{ message: "Not found", statuscode: 404 }, 404, "Not found"],
    [{ message: "Order does not exist", status_code: 404 }, 404, "Order does not exist"],
    [
      { errorCode: "TAXONOMY_404", message: "Unknown metaproperty" },
      404,
      "Unknown metaproperty (Bynder code TAXONOMY_404)",
    ],
    [{ error: "invalid_grant", error_description: "Code expired" }, 400, "Code expired"],
    [
      "<html><head><style>b{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>",
      400,
      "502 Bad Gateway nginx",
    ],
    ['{"filename": "is required"}', 400, '{"filename":"is required"}'],
  ])("turns Bynder's error shape %j into a readable message", async (body, status, expected) => {
    nock(PORTAL)
      .get("/api/v4/media/X/")
      .reply(
        status,
        body as nock.Body,
        typeof body === "string" && body.startsWith("<") ? { "Content-Type": "text/html" } : {},
      );
    const { client } = setup();
    const err = (await failure(
      client.request({ method: "GET", path: "/api/v4/media/{id}/", pathParams: { id: "X" } }),
    )) as BynderApiError;
    expect(err.message).toContain(`failed with HTTP ${status}: ${expected}`);
    expect(err.status).toBe(status);
    expect(err.method).toBe("GET");
    expect(err.url).toBe(`${PORTAL}/api/v4/media/X/`);
  });

  it("cuts long text bodies to a readable length", async () => {
    nock(PORTAL).get("/api/v4/account/").reply(400, "x".repeat(5000));
    const { client } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(err.message.length).toBeLessThan(450);
  });

  it("turns a 401 into a connection error that says to reconnect", async () => {
    nock(PORTAL)
      .get("/api/v4/currentUser/")
      .reply(401, "Invalid or expired token.", { "Content-Type": "text/plain" });
    const { client } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/currentUser/" }));
    expect(isConnectionError(err)).toBe(true);
    expect(err.message).toContain("Invalid or expired token.");
    expect(err.message).toContain("Reconnect the Bynder connection");
  });

  it("names the probably missing scope and role on a 403", async () => {
    nock(PORTAL)
      .post("/api/v4/collections/C1/share/")
      .reply(403, { message: "Access denied", statuscode: "403" });
    const { client } = setup();
    const err = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/collections/{id}/share/",
        pathParams: { id: "C1" },
        body: { encoding: "form", fields: {} },
      }),
    );
    expect(err.message).toContain('"collection:write" scope');
    expect(err.message).toContain("security role");
  });

  it("refuses to follow redirects, which could carry the token elsewhere", async () => {
    nock(PORTAL)
      .get("/api/v4/account/")
      .reply(302, "", { Location: "https://evil.example.com/steal" });
    const { client } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(err.message).toContain("HTTP 302");
  });

  it("calls pre-signed URLs on other hosts without the bearer token", async () => {
    const scope = nock("https://bucket.s3.amazonaws.com", { badheaders: ["authorization"] })
      .get("/file.jpg")
      .query({ "X-Amz-Signature": "sig" })
      .reply(200, "bytes");
    const { client } = setup();
    await client.requestUnauthenticated(
      "https://bucket.s3.amazonaws.com/file.jpg?X-Amz-Signature=sig",
      { method: "GET", responseType: "text" },
    );
    expect(scope.isDone()).toBe(true);
    await expect(
      client.requestUnauthenticated("http://bucket.s3.amazonaws.com/x", { method: "GET" }),
    ).rejects.toThrow(/only https/);
  });
});

describe("secret redaction", () => {
  it("never logs the token, the client secret or a password, even with debug logging on", async () => {
    nock(PORTAL)
      .post("/api/v4/users/")
      .query(true)
      .reply(400, { message: `bad password hunter2-secret for token ${ACCESS_TOKEN}` });
    const { client, log } = setup({ debug: true });
    const err = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/users/",
        query: { access_token: ACCESS_TOKEN },
        body: { encoding: "form", fields: { email: "a@b.co", password: "hunter2-secret" } },
      }),
    );
    const everything = [
      ...log.lines,
      err.message,
      JSON.stringify(err),
      JSON.stringify(Object.entries(err)),
    ].join("\n");
    expect(log.lines.some((l) => l.startsWith("debug Bynder POST"))).toBe(true);
    expect(everything).not.toContain(ACCESS_TOKEN);
    expect(everything).not.toContain(CLIENT_SECRET);
    expect(everything).not.toContain("hunter2-secret");
    expect(everything).toContain("[REDACTED]");
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
