import { type Connection, ConnectionError, util } from "@prismatic-io/spectral";
import { safeConnection } from "./portal";

/** The token of any of the three connections; never logged. A pasted `Bearer ` prefix is dropped. */
export function accessToken(connection: Connection): string {
  const permanent = connection.key === "permanentToken";
  const raw = permanent ? connection.fields?.token : connection.token?.access_token;
  const token = util.types
    .toString(raw)
    .trim()
    .replace(/^bearer(\s+|$)/i, "")
    .trim();
  if (!token) {
    throw new ConnectionError(
      safeConnection(connection),
      permanent
        ? "The Bynder connection has no token. Paste a permanent token from Bynder into the connection's Token field."
        : "The Bynder connection has no access token. Reconnect (re-authorize) the connection.",
    );
  }
  return token;
}

/**
 * Pre-signed URLs get no token, but must still be https (or loopback http for local testing);
 * `allowHttp` admits plain http for a user's own file source, which never sees a Bynder secret.
 */
export function checkExternalUrl(url: string, allowHttp = false): URL {
  const parsed = new URL(url);
  const loopback = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && (loopback || allowHttp))) {
    throw new Error(
      `Refusing to call ${parsed.protocol}//${parsed.host}: only ${allowHttp ? "http and https" : "https"} URLs are allowed.`,
    );
  }
  return parsed;
}
