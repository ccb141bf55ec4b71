import { inspect } from "node:util";
import { isConnectionError } from "@prismatic-io/spectral";
import nock from "nock";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { installFakeClock } from "../../core/http/fakeClock";
import { failure } from "../../helpers/client";
import {
  clientCredentialsConnection,
  oauthConnection,
  PERMANENT_TOKEN,
  permanentConnection,
  PORTAL,
} from "../../helpers/connections";

// Errors built by the client alone, without the component's error hook behind them.
const ACCESS = "acc.Tk4+Qz/7Wm=Lp2Rv9Xs";
const REFRESH = "ref.Hy6+Nb/3Jc=Gd8Fq1Ze";
const CLIENT_SECRET = "csc.Vu2+Mk/5Te=Rw7Yh4Bn";
const CUT = 300;

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock(undefined, 1);
});
afterEach(() => {
  fake.restore();
  nock.cleanAll();
});

/** Everything an error exposes: message, own and hidden properties, JSON. */
function exposed(error: unknown): string {
  const e = error as Error & { connection?: unknown };
  return [
    e.message,
    e.stack,
    JSON.stringify(e),
    JSON.stringify(e.connection ?? null),
    inspect(e, { depth: 12, showHidden: true }),
  ].join("\n");
}

/** Every 8-character piece of a secret, so a cut-off prefix counts as a leak. */
const pieces = (secret: string) =>
  Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));

describe("a 401 error built by the client alone carries no connection secret", () => {
  const kinds = [
    {
      name: "OAuth 2.0",
      make: () =>
        oauthConnection(PORTAL, ACCESS, { refreshToken: REFRESH, clientSecret: CLIENT_SECRET }),
      secrets: [ACCESS, REFRESH, CLIENT_SECRET],
    },
    {
      name: "Client Credentials",
      make: () => clientCredentialsConnection(undefined, ACCESS, CLIENT_SECRET),
      secrets: [ACCESS, CLIENT_SECRET],
    },
    {
      name: "Permanent Token",
      make: () => permanentConnection(PORTAL, PERMANENT_TOKEN),
      secrets: [PERMANENT_TOKEN],
    },
  ];

  it.each(kinds)("$name: the error's connection keeps only its key", async (kind) => {
    nock(PORTAL).get("/api/v4/currentUser/").reply(401, { message: "Token expired" });
    const client = createBynderClient(kind.make());
    const error = await failure(client.request({ method: "GET", path: "/api/v4/currentUser/" }));
    expect(isConnectionError(error)).toBe(true);
    const text = exposed(error);
    expect(text).toContain("Token expired");
    for (const secret of kind.secrets) expect(text).not.toContain(secret);
    expect((error as { connection?: { fields?: object } }).connection?.fields).toEqual({});
  });
});

describe("a message is redacted before it is cut to 300 characters", () => {
  // The secret straddles the cut: cutting first would leave a prefix that no longer matches it.
  const filler = (head: string) => "z".repeat(CUT - head.length - Math.floor(ACCESS.length / 2));
  // Text after the secret, so the message is still cut once the secret is masked.
  const tail = ` ${"t".repeat(CUT)}`;
  const bodies: Record<string, { type: string; body: (s: string) => string }> = {
    "a JSON message": {
      type: "application/json",
      body: (s) => JSON.stringify({ message: `Bad ${filler("Bad ")}${s}${tail}`, statuscode: 400 }),
    },
    "an unknown JSON shape": {
      type: "application/json",
      body: (s) => JSON.stringify({ oops: `${filler('{"oops":"')}${s}${tail}` }),
    },
    "a text body": { type: "text/plain", body: (s) => `Bad ${filler("Bad ")}${s}${tail}` },
    "an HTML page": {
      type: "text/html",
      body: (s) => `<html><body><p>Bad ${filler("Bad ")}${s}${tail}</p></body></html>`,
    },
    "an S3 XML error": {
      type: "application/xml",
      body: (s) =>
        `<Error><Code>AccessDenied</Code><Message>Bad ${filler("Bad ")}${s}${tail}</Message></Error>`,
    },
  };

  it.each(Object.keys(bodies))("in %s", async (name) => {
    const { type, body } = bodies[name];
    nock(PORTAL).get("/api/v4/account/").reply(400, body(ACCESS), { "content-type": type });
    const client = createBynderClient(oauthConnection(PORTAL, ACCESS));
    const error = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(error.message).toContain("zzzz");
    // The cut really happened: the tail is cut short.
    expect(error.message).toContain("…");
    expect(error.message).not.toContain(tail);
    const leaked = pieces(ACCESS).filter((p) => exposed(error).includes(p));
    expect(leaked).toEqual([]);
  });
});

describe("secret-named values the request carried are known secrets", () => {
  it("masks a query password and a nested body password when Bynder echoes them bare", async () => {
    const queryPassword = "qry.Pw4+Zx/8Nm=Kt1";
    const nested = "nst.Pw7+Qa/2Lb=Hc5";
    nock(PORTAL)
      .post("/api/v4/things/")
      .query(true)
      .reply(400, `Rejected ${queryPassword} and ${encodeURIComponent(nested)}`, {
        "content-type": "text/plain",
      });
    const client = createBynderClient(oauthConnection(PORTAL, ACCESS));
    const error = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/things/",
        query: { password: queryPassword },
        body: { encoding: "json", value: { settings: { password: nested } } },
      }),
    );
    expect(error.message).toContain("Rejected [REDACTED] and [REDACTED]");
    const text = exposed(error);
    expect(pieces(queryPassword).filter((p) => text.includes(p))).toEqual([]);
    expect(pieces(nested).filter((p) => text.includes(p))).toEqual([]);
  });
});
