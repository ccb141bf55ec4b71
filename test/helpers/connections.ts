import type { Connection } from "@prismatic-io/spectral";
import { createConnection } from "@prismatic-io/spectral/dist/testing";
import { oauth2, oauth2ClientCredentials, permanentToken } from "../../src/bynder/connections";
import { TOKEN_PATH } from "../../src/bynder/connections/scopes";

export const PORTAL = "https://acme.bynder.com";
export const ACCESS_TOKEN =
  "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXNlY3JldC12YWx1ZQ";
export const REFRESH_TOKEN = "refresh-secret-123";
export const CLIENT_SECRET = "cs-7f3a9e1b-secret-value";
export const PERMANENT_TOKEN = "perm-0b7c2d9e4f1a-secret";

export function oauthConnection(
  portal = PORTAL,
  token = ACCESS_TOKEN,
  secrets: { refreshToken?: string; clientSecret?: string } = {},
) {
  return createConnection(
    oauth2,
    {
      authorizeUrl: `${portal}/v6/authentication/oauth2/auth`,
      tokenUrl: `${portal}${TOKEN_PATH}`,
      scopes: "asset:read",
      clientId: "client-id",
      clientSecret: secrets.clientSecret ?? CLIENT_SECRET,
    },
    {
      access_token: token,
      refresh_token: secrets.refreshToken ?? REFRESH_TOKEN,
      token_type: "bearer",
    },
  );
}

export function clientCredentialsConnection(
  tokenUrl = `${PORTAL}${TOKEN_PATH}`,
  token = ACCESS_TOKEN,
  clientSecret = CLIENT_SECRET,
) {
  return createConnection(
    oauth2ClientCredentials,
    { tokenUrl, scopes: "asset:read", clientId: "client-id", clientSecret },
    { access_token: token },
  );
}

export function permanentConnection(portalUrl: string = PORTAL, token = PERMANENT_TOKEN) {
  return createConnection(permanentToken, { portalUrl, token });
}

export interface ConnectionKind {
  /** The connection's label as users see it. */
  name: string;
  /** A connection of this kind to `portal` (origin only). */
  make(portal?: string): Connection;
  /** The Authorization header every request of this connection must carry. */
  authorization: string;
}

/** All three connections, so suites can run every case once per connection. */
export const CONNECTION_KINDS: ConnectionKind[] = [
  {
    name: "OAuth 2.0",
    make: (portal = PORTAL) => oauthConnection(portal),
    authorization: `Bearer ${ACCESS_TOKEN}`,
  },
  {
    name: "OAuth 2.0 Client Credentials",
    make: (portal = PORTAL) => clientCredentialsConnection(`${portal}${TOKEN_PATH}`),
    authorization: `Bearer ${ACCESS_TOKEN}`,
  },
  {
    name: "Permanent Token",
    make: (portal = PORTAL) => permanentConnection(portal),
    authorization: `Bearer ${PERMANENT_TOKEN}`,
  },
];
