import { inspect } from "node:util";
import type { Connection } from "@prismatic-io/spectral";
import {
  clientCredentialsConnection,
  oauthConnection,
  permanentConnection,
} from "../../helpers/connections";
import type { Echoed } from "../../helpers/echoServer";

/**
 * The canary's material: secrets, the action runs that send them, and every way a server may
 * echo them back (shared by the leak tests in canary.test.ts and queryRedaction.test.ts).
 */
// Canary secrets: random-looking (so an 8-character piece of one can only come from a leak), with
// characters that change under URL, form and JSON encoding.
export const SECRETS = {
  oauthAccessToken: "oAT.q7Zr+Xw/9kLm=Vb2Hd4p",
  oauthRefreshToken: "oRT~k2Nv+Qe/8Ws1Yh=Ug5j",
  oauthClientSecret: 'oCS!Hq4 Zt"7/Lp&Mw+Rx3',
  ccAccessToken: "cAT.m3Gt+Pk/6Dv=Jy8Qs1",
  ccClientSecret: "cCS!Wn5 Bf'2/Xh&Tc+Ke9",
  permanentToken: "pPT-Rk3v+Nf8/Jd2=Ts6Lw",
  userPassword: 'uPW d"Q7\\x/&+Ym9 Zk~4',
  // Inside the JSON text of a metaproperty's `data` form field: JSON-escaped, then form-encoded.
  dataPassword: 'dPW q"J3\\v/&+Hn6 Wc~8',
} as const;
export type SecretName = keyof typeof SECRETS;

export interface Run {
  /** The connection the action uses, built against the echo server. */
  connection(portal: string): Connection;
  action: string;
  inputs: Record<string, unknown>;
  secrets: SecretName[];
}

export const RUNS: Record<string, Run> = {
  "OAuth 2.0": {
    connection: (portal) =>
      oauthConnection(portal, SECRETS.oauthAccessToken, {
        refreshToken: SECRETS.oauthRefreshToken,
        clientSecret: SECRETS.oauthClientSecret,
      }),
    action: "getAsset",
    inputs: { id: "A1B2C3D4" },
    secrets: ["oauthAccessToken", "oauthRefreshToken", "oauthClientSecret"],
  },
  "OAuth 2.0 Client Credentials": {
    connection: (portal) =>
      clientCredentialsConnection(
        `${portal}/v6/authentication/oauth2/token`,
        SECRETS.ccAccessToken,
        SECRETS.ccClientSecret,
      ),
    action: "getAsset",
    inputs: { id: "A1B2C3D4" },
    secrets: ["ccAccessToken", "ccClientSecret"],
  },
  // Pasted with its "Bearer " prefix, as users copy it from Bynder's settings page.
  "Permanent Token": {
    connection: (portal) => permanentConnection(portal, `Bearer ${SECRETS.permanentToken}`),
    action: "getAsset",
    inputs: { id: "A1B2C3D4" },
    secrets: ["permanentToken"],
  },
  "Create User's password": {
    connection: (portal) => oauthConnection(portal, SECRETS.oauthAccessToken),
    action: "createUser",
    inputs: {
      email: "alex.morgan@acme.com",
      password: SECRETS.userPassword,
      profileId: "PROFILE-1",
      firstname: "Alex",
      lastname: "Morgan",
    },
    secrets: ["userPassword"],
  },
  ...dataPasswordRuns(),
};

/** Create/Update Metaproperty (Option) with a `password` inside their JSON `data` form field. */
function dataPasswordRuns(): Record<string, Run> {
  const data = JSON.stringify({ password: SECRETS.dataPassword, isEditable: true });
  const mp = "A1B2C3D4-0000-4000-8000000000000001";
  const inputs: Record<string, Record<string, unknown>> = {
    createMetaproperty: { name: "Region", type: "select", data },
    updateMetaproperty: { metapropertyId: mp, data },
    createMetapropertyOption: { metapropertyId: mp, name: "emea", data },
    updateMetapropertyOption: { metapropertyId: mp, optionId: "OPTION-1", data },
  };
  return Object.fromEntries(
    Object.entries(inputs).map(([action, values]) => [
      `${action}'s nested data password`,
      {
        connection: (portal: string) => oauthConnection(portal, SECRETS.oauthAccessToken),
        action,
        inputs: values,
        secrets: ["dataPassword"],
      },
    ]),
  );
}

/** How the server spells a secret when it echoes it. */
export const SPELLINGS: Record<string, (s: string) => string> = {
  raw: (s) => s,
  "URL-encoded": (s) => encodeURIComponent(s),
  "form-encoded": (s) => new URLSearchParams({ v: s }).toString().slice(2),
  "JSON-escaped": (s) => JSON.stringify(s).slice(1, -1).replace(/\//g, "\\/"),
  "JSON-escaped, then form-encoded": (s) =>
    new URLSearchParams({ v: JSON.stringify(s).slice(1, -1) }).toString().slice(2),
};

export type Echo = (
  spelled: string,
  request: Echoed,
) => {
  status: number;
  headers: Record<string, string>;
  body: string;
};
export const json = { "content-type": "application/json" };
const HTML_CUT = 300;

/** Where the server puts the secret: every place an API echoes things back. */
export const SHAPES: Record<string, Echo> = {
  "JSON body": (v) => ({
    status: 401,
    headers: json,
    body: JSON.stringify({ message: `Token ${v} is not valid`, statuscode: 401, hint: v }),
  }),
  "text body": (v) => ({
    status: 400,
    headers: { "content-type": "text/plain" },
    body: `Bad value ${v}`,
  }),
  "HTML body past character 300": (v) => {
    // The secret straddles the 300-character cut of the readable text ("Error " + filler + secret).
    const filler = "x".repeat(HTML_CUT - "Error ".length - Math.floor(v.length / 2));
    return {
      status: 404,
      headers: { "content-type": "text/html" },
      body: `<html><body><h1>Error</h1><p>${filler}${v}</p><p>${v}</p></body></html>`,
    };
  },
  "JSON message past character 300": (v) => {
    const filler = "y".repeat(HTML_CUT - "Bad ".length - Math.floor(v.length / 2));
    return { status: 400, headers: json, body: JSON.stringify({ message: `Bad ${filler}${v}` }) };
  },
  // Bynder-style validation errors quote the form body they got (ours, or one with the secret).
  "echoed form body": (v, req) => ({
    status: 400,
    headers: { "content-type": "text/plain" },
    body: `Invalid request body=${req.body || `password=${v}&email=a%40b.co`}`,
  }),
  "Location header": (v) => ({
    status: 302,
    headers: { location: `https://login.example.com/cb?next=${v}&client_secret=${v}` },
    body: "",
  }),
  "query string": (v) => ({
    status: 403,
    headers: json,
    body: JSON.stringify({ message: `Redirect https://x.example/cb?code=1&token=${v}&state=${v}` }),
  }),
};

/** Every spelling of a secret and every 8-character piece of each. */
export function fragments(secret: string): string[] {
  const out = new Set<string>();
  for (const spell of Object.values(SPELLINGS)) {
    const s = spell(secret);
    for (let i = 0; i + 8 <= s.length; i++) out.add(s.slice(i, i + 8));
  }
  return [...out];
}

/** Everything the error exposes to a flow or the platform's log. */
export function errorText(error: unknown): string {
  const e = error as Error & { connection?: unknown };
  return [
    e.message,
    JSON.stringify(e),
    JSON.stringify(e.connection ?? null),
    inspect(e, { depth: 12, showHidden: true }),
  ].join("\n");
}
