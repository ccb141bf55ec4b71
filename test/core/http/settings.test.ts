import { type Connection, isConnectionError } from "@prismatic-io/spectral";
import { createConnection } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { oauth2, oauth2ClientCredentials, permanentToken } from "../../../src/bynder/connections";
import { failure } from "../../helpers/client";
import { ACCESS_TOKEN, PERMANENT_TOKEN, PORTAL } from "../../helpers/connections";
import { installFakeClock } from "./fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock();
});
afterEach(() => fake.restore());

function withSettings(fields: Record<string, string>): Connection {
  return createConnection(
    oauth2,
    {
      authorizeUrl: `${PORTAL}/v6/authentication/oauth2/auth`,
      tokenUrl: `${PORTAL}/v6/authentication/oauth2/token`,
      scopes: "asset:read",
      clientId: "client-id",
      clientSecret: "client-secret-value",
      ...fields,
    },
    { access_token: ACCESS_TOKEN },
  );
}

/** Builds the client inside the promise: invalid settings throw when the client is built. */
const get = async (connection: Connection) =>
  createBynderClient(connection).request({ method: "GET", path: "/api/v4/account/" });

describe("pace and retry connection inputs", () => {
  it("are optional, with safe defaults, after the seed's inputs on all three connections", () => {
    const seedKeys = {
      oauth2: ["authorizeUrl", "tokenUrl", "scopes", "clientId", "clientSecret"],
      oauth2ClientCredentials: ["tokenUrl", "scopes", "clientId", "clientSecret"],
      permanentToken: ["portalUrl", "token"],
    };
    for (const conn of [oauth2, oauth2ClientCredentials, permanentToken]) {
      const inputs = Object.entries(conn.inputs as Record<string, Record<string, unknown>>);
      expect(inputs.map(([k]) => k)).toEqual([
        ...seedKeys[conn.key as keyof typeof seedKeys],
        "requestsPerSecond",
        "maxRetries",
        "maxWaitMinutes",
      ]);
      const extra = inputs.slice(-3).map(([, i]) => [i.label, i.required, i.default, i.type]);
      expect(extra).toEqual([
        ["Requests Per Second", false, "10", "string"],
        ["Max Retries", false, "3", "string"],
        ["Max Wait (Minutes)", false, "13", "string"],
      ]);
    }
  });

  it.each([
    ["requestsPerSecond", "fast", "Requests Per Second", "a number from 0.1 to 15"],
    ["requestsPerSecond", "16", "Requests Per Second", "a number from 0.1 to 15"],
    ["requestsPerSecond", "0", "Requests Per Second", "a number from 0.1 to 15"],
    ["maxRetries", "2.5", "Max Retries", "a whole number from 0 to 10"],
    ["maxRetries", "-1", "Max Retries", "a whole number from 0 to 10"],
    ["maxRetries", "11", "Max Retries", "a whole number from 0 to 10"],
    ["maxWaitMinutes", "15", "Max Wait (Minutes)", "a number from 0 to 14"],
    ["maxWaitMinutes", "1e3", "Max Wait (Minutes)", "a number from 0 to 14"],
  ])(
    "reject %s = %j with an error naming the input, before any request",
    async (key, value, label, range) => {
      const err = await failure(get(withSettings({ [key]: value })));
      expect(isConnectionError(err)).toBe(true);
      expect(err.message).toBe(
        `The connection's ${label} "${value}" is not valid: enter ${range}, or leave it blank for the default (${{ requestsPerSecond: "10", maxRetries: "3", maxWaitMinutes: "13" }[key]}).`,
      );
    },
  );

  it("fall back to the defaults when blank or absent (connections made before they existed)", async () => {
    const scope = nock(PORTAL).get("/api/v4/account/").times(2).reply(200, {});
    await get(withSettings({ requestsPerSecond: " ", maxRetries: "", maxWaitMinutes: "" }));
    await get(createConnection(permanentToken, { portalUrl: PORTAL, token: PERMANENT_TOKEN }));
    expect(scope.isDone()).toBe(true);
  });

  it("set the pace of every request to the portal", async () => {
    nock(PORTAL).get("/api/v4/account/").times(5).reply(200, {});
    const client = createBynderClient(withSettings({ requestsPerSecond: "2" }));
    for (let i = 0; i < 5; i++) await client.request({ method: "GET", path: "/api/v4/account/" });
    expect(fake.elapsed()).toBe(2000);
  });

  it("set how often temporary failures are retried, which code can still override per request", async () => {
    const scope = nock(PORTAL).get("/api/v4/account/").times(3).reply(503, "busy");
    const client = createBynderClient(withSettings({ maxRetries: "0" }));
    await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(scope.pendingMocks()).toHaveLength(1);
    await failure(client.request({ method: "GET", path: "/api/v4/account/" }, { maxRetries: 1 }));
    expect(scope.isDone()).toBe(true);
  });

  it("set how long a step may wait out the rate limit", async () => {
    const scope = nock(PORTAL).get("/api/v4/account/").reply(429, { message: "Too Many Requests" });
    const err = await failure(get(withSettings({ maxWaitMinutes: "0.5" })));
    expect(err.message).toContain("Try again in about 5 minutes.");
    expect(fake.elapsed()).toBe(0);
    expect(scope.isDone()).toBe(true);
  });
});
