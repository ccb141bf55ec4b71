import { isConnectionError } from "@prismatic-io/spectral";
import { createConnection } from "@prismatic-io/spectral/dist/testing";
import { portalOrigin } from "../../../src/bynder/client/portal";
import { oauth2ClientCredentials, permanentToken } from "../../../src/bynder/connections";
import {
  CLIENT_SECRET,
  clientCredentialsConnection,
  oauthConnection,
  PERMANENT_TOKEN,
  permanentConnection,
} from "../../helpers/connections";

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("portal origin", () => {
  it("comes from the token URL for the authorization-code connection", () => {
    expect(portalOrigin(oauthConnection("https://acme.bynder.com"))).toBe(
      "https://acme.bynder.com",
    );
  });

  it("comes from the token URL for the client-credentials connection", () => {
    const conn = clientCredentialsConnection(
      "https://brand.getbynder.com/v6/authentication/oauth2/token/",
    );
    expect(portalOrigin(conn)).toBe("https://brand.getbynder.com");
  });

  it("comes from Portal URL for the permanent token, normalising a bare domain to https", () => {
    expect(portalOrigin(permanentConnection("acme.bynder.com"))).toBe("https://acme.bynder.com");
    expect(portalOrigin(permanentConnection("  https://ACME.bynder.com/  "))).toBe(
      "https://acme.bynder.com",
    );
  });

  it("accepts plain http only for loopback hosts", () => {
    expect(portalOrigin(permanentConnection("http://127.0.0.1:4010"))).toBe(
      "http://127.0.0.1:4010",
    );
    expect(portalOrigin(permanentConnection("http://localhost:4010"))).toBe(
      "http://localhost:4010",
    );
    const err = errorOf(() => portalOrigin(permanentConnection("http://acme.bynder.com")));
    expect(err.message).toMatch(/must use https/);
    expect(isConnectionError(err)).toBe(true);
  });

  it("rejects an unexpected path and says what was expected", () => {
    const err = errorOf(() =>
      portalOrigin(clientCredentialsConnection("https://acme.bynder.com/api/v4/media")),
    );
    expect(err.message).toContain('unexpected path "/api/v4/media"');
    expect(err.message).toContain("https://<your portal>/v6/authentication/oauth2/token");
    const perm = errorOf(() => portalOrigin(permanentConnection("https://acme.bynder.com/login")));
    expect(perm.message).toContain("the portal address alone");
  });

  it("rejects a query string rather than dropping it silently", () => {
    const err = errorOf(() =>
      portalOrigin(permanentConnection("https://acme.bynder.com/?portal=eu")),
    );
    expect(err.message).toContain('unexpected path "/?portal=eu"');
    expect(isConnectionError(err)).toBe(true);
  });

  it("names the empty field and never includes secrets in the thrown object", () => {
    const conn = createConnection(
      oauth2ClientCredentials,
      { tokenUrl: " ", clientSecret: CLIENT_SECRET },
      { access_token: "tok-secret-xyz" },
    );
    const err = errorOf(() => portalOrigin(conn));
    expect(err.message).toContain("Token URL is empty");
    const serialised =
      JSON.stringify(err, Object.getOwnPropertyNames(err)) +
      JSON.stringify((err as { connection?: unknown }).connection);
    expect(serialised).not.toContain(CLIENT_SECRET);
    expect(serialised).not.toContain("tok-secret-xyz");
  });

  it("rejects credentials embedded in the URL", () => {
    const conn = createConnection(permanentToken, {
      portalUrl: "https://user:pw@acme.bynder.com",
      token: PERMANENT_TOKEN,
    });
    expect(errorOf(() => portalOrigin(conn)).message).toMatch(/user name or password/);
  });
});
