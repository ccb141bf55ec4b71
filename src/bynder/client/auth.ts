import { type Connection, ConnectionError, util } from "@prismatic-io/spectral";
import { safeConnection } from "../../core/http/connectionHost";

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
