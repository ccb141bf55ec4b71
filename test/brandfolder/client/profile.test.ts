import { type Connection, isConnectionError } from "@prismatic-io/spectral";
import nock from "nock";
import { createBrandfolderClient } from "../../../src/brandfolder/client";
import { apiKey as apiKeyConnection } from "../../../src/brandfolder/connections/apiKey";
import { failure } from "../../helpers/client";
import { recordingLogger } from "../../helpers/context";
import { installFakeClock } from "../../core/http/fakeClock";

const HOST = "https://brandfolder.com";
const KEY = "bf-key-7c1d2e3f4a5b";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock(); // jitter source 0.5: the first 429 pause is 15 s
});
afterEach(() => {
  fake.restore();
  nock.cleanAll();
});

const connection = (fields: Record<string, string> = {}): Connection => ({
  key: "apiKey",
  configVarKey: "c",
  fields: { apiKey: KEY, ...fields },
});
/** Builds the client inside the promise: a bad connection throws when the client is built. */
const get = async (c: Connection, path = "/api/v4/brandfolders") =>
  createBrandfolderClient(c, { retry: { maxRetries: 0 } }).request({ method: "GET", path });

describe("the API Key connection", () => {
  it("offers API Key, API Host and the three optional pacing inputs", () => {
    expect(Object.keys(apiKeyConnection.inputs)).toEqual([
      "apiKey",
      "apiHost",
      "requestsPerSecond",
      "maxRetries",
      "maxWaitMinutes",
    ]);
    expect(apiKeyConnection.inputs.apiKey.type).toBe("password");
    expect(apiKeyConnection.inputs.apiHost.required).toBe(false);
    expect(apiKeyConnection.inputs.requestsPerSecond.default).toBe("5");
  });

  it.each([
    ["blank", "", HOST],
    ["a bare host", "brandfolder.example.com", "https://brandfolder.example.com"],
    ["the API path pasted too", "https://brandfolder.com/api/v4/", HOST],
    ["loopback over http", "http://127.0.0.1:8123", "http://127.0.0.1:8123"],
  ])("takes an API Host that is %s", async (_name, apiHost, origin) => {
    const scope = nock(origin).get("/api/v4/brandfolders").reply(200, { data: [] });
    await get(connection({ apiHost }));
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    ["plain http off this machine", "http://brandfolder.com", "must use https://"],
    ["a user name", "https://me:pw@brandfolder.com", "must not contain a user name or password"],
    ["another path", "https://brandfolder.com/login", 'unexpected path "/login"'],
    ["not a URL", "https://bad host", "is not a valid URL"],
  ])("refuses an API Host with %s before any request", async (_name, apiHost, problem) => {
    const error = await failure(get(connection({ apiHost })));
    expect(isConnectionError(error)).toBe(true);
    expect(error.message).toContain(problem);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("drops a pasted Bearer prefix and refuses a blank key, naming the field", async () => {
    const scope = nock(HOST, { reqheaders: { authorization: `Bearer ${KEY}` } })
      .get("/api/v4/brandfolders")
      .reply(200, { data: [] });
    await get(connection({ apiKey: `  bearer ${KEY} ` }));
    expect(scope.isDone()).toBe(true);
    const error = await failure(get(connection({ apiKey: "Bearer " })));
    expect(isConnectionError(error)).toBe(true);
    expect(error.message).toContain("has no API Key");
  });

  it("bounds Requests Per Second by Brandfolder's cap of 10, naming the default 5", async () => {
    const error = await failure(get(connection({ requestsPerSecond: "12" })));
    expect(error.message).toBe(
      'The connection\'s Requests Per Second "12" is not valid: enter a number from 0.1 to 10, or leave it blank for the default (5).',
    );
    nock(HOST).get("/api/v4/brandfolders").reply(200, { data: [] });
    await get(connection({ requestsPerSecond: "10" }));
  });

  it("paces at 5 requests per second by default", async () => {
    nock(HOST).get("/api/v4/brandfolders").times(13).reply(200, { data: [] });
    const client = createBrandfolderClient(connection());
    for (let i = 0; i < 13; i++)
      await client.request({ method: "GET", path: "/api/v4/brandfolders" });
    // A burst of half a second's worth (2), then one every 200 ms.
    expect(fake.elapsed()).toBeGreaterThanOrEqual(2_000);
    expect(fake.elapsed()).toBeLessThanOrEqual(2_400);
  });
});

describe("Brandfolder's errors", () => {
  it("read its plain-text body and say a 403 may be a deleted resource", async () => {
    nock(HOST).get("/api/v4/assets/a1").reply(403, "You do not have access to this resource", {
      "content-type": "text/plain",
    });
    const error = await failure(get(connection(), "/api/v4/assets/a1"));
    expect(error.message).toBe(
      `Brandfolder GET ${HOST}/api/v4/assets/a1 failed with HTTP 403: You do not have access to this resource. The resource is not visible to this user, or deleted: Brandfolder answers 403 for both. Check the ID, and that the connection's user has access to it.`,
    );
  });

  it("turn a 401 into a connection error that points at the API Key", async () => {
    nock(HOST).get("/api/v4/brandfolders").reply(401, "Unauthorized");
    const error = await failure(get(connection()));
    expect(isConnectionError(error)).toBe(true);
    expect(error.message).toContain("Check the API Key in the Brandfolder connection");
  });
});

describe("Brandfolder's 429 (no Retry-After)", () => {
  it("pauses every request to the host, from any client, then sends again", async () => {
    const log = recordingLogger();
    nock(HOST)
      .get("/api/v4/brandfolders")
      .reply(429, "Too many requests in a short period")
      .get("/api/v4/brandfolders")
      .reply(200, { data: [] });
    const first = createBrandfolderClient(connection(), { logger: log.logger });
    await first.request({ method: "GET", path: "/api/v4/brandfolders" });
    expect(fake.elapsed()).toBe(15_000);
    expect(log.lines.join("\n")).toContain(`pausing every request to ${HOST} for 15 s`);
  });

  it("holds a second client's request until the pause ends", async () => {
    nock(HOST).get("/api/v4/brandfolders").reply(429, "Too many requests");
    await failure(
      createBrandfolderClient(connection(), { maxWaitMs: 0 }).request({
        method: "GET",
        path: "/api/v4/brandfolders",
      }),
    );
    let sentAt = -1;
    nock(HOST)
      .get("/api/v4/organizations")
      .reply(() => {
        sentAt = fake.elapsed();
        return [200, { data: [] }];
      });
    await get(connection(), "/api/v4/organizations");
    expect(sentAt).toBe(15_000);
  });
});
