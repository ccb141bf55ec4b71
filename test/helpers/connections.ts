import { createConnection } from "@prismatic-io/spectral/dist/testing";
import { oauth2, oauth2ClientCredentials, permanentToken } from "../../src/connections";

export const PORTAL = "https://acme.bynder.com";
export const ACCESS_TOKEN =
  "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXNlY3JldC12YWx1ZQ";
export const CLIENT_SECRET = "cs-7f3a9e1b-secret-value";
export const PERMANENT_TOKEN = "perm-0b7c2d9e4f1a-secret";

export function oauthConnection(portal = PORTAL, token = ACCESS_TOKEN) {
  return createConnection(
    oauth2,
    {
      authorizeUrl: `${portal}/v6/authentication/oauth2/auth`,
      tokenUrl: `${portal}/v6/authentication/oauth2/token`,
      scopes: "asset:read",
      clientId: "client-id",
      clientSecret: CLIENT_SECRET,
    },
    { access_token: token, refresh_token: "refresh-secret-123", token_type: "bearer" },
  );
}

export function clientCredentialsConnection(tokenUrl: string, token = ACCESS_TOKEN) {
  return createConnection(
    oauth2ClientCredentials,
    { tokenUrl, scopes: "asset:read", clientId: "client-id", clientSecret: CLIENT_SECRET },
    { access_token: token },
  );
}

export function permanentConnection(portalUrl: string = PORTAL, token = PERMANENT_TOKEN) {
  return createConnection(permanentToken, { portalUrl, token });
}
