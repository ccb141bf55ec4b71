import { type Connection, ConnectionError, util } from "@prismatic-io/spectral";
import { AUTHORIZE_PATH, TOKEN_PATH } from "../endpoints";

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Strips secrets so a ConnectionError never carries the token or the client secret. */
export function safeConnection(connection: Connection): Connection {
  return { key: connection.key, configVarKey: connection.configVarKey, fields: {} };
}

function fail(connection: Connection, message: string): never {
  throw new ConnectionError(safeConnection(connection), message);
}

/**
 * Returns the portal origin (`https://acme.bynder.com`) of a connection: from Portal URL for the
 * permanent token, from Token URL for both OAuth connections. This is the only place it is derived.
 */
export function portalOrigin(connection: Connection): string {
  const isPermanent = connection.key === "permanentToken";
  const fieldKey = isPermanent ? "portalUrl" : "tokenUrl";
  const label = isPermanent ? "Portal URL" : "Token URL";
  const raw = util.types.toString(connection.fields?.[fieldKey]).trim();
  if (!raw) {
    fail(
      connection,
      `The connection's ${label} is empty. Enter your portal address, e.g. https://acme.bynder.com${isPermanent ? "" : TOKEN_PATH}.`,
    );
  }
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    fail(
      connection,
      `The connection's ${label} "${raw}" is not a valid URL. Expected something like https://acme.bynder.com${isPermanent ? "" : TOKEN_PATH}.`,
    );
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    fail(
      connection,
      `The connection's ${label} must use https:// (got ${url.protocol}//${url.host}).`,
    );
  }
  if (url.username || url.password) {
    fail(connection, `The connection's ${label} must not contain a user name or password.`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  const allowed = isPermanent ? [""] : ["", TOKEN_PATH, AUTHORIZE_PATH];
  if (!allowed.includes(path)) {
    const expected = isPermanent
      ? "the portal address alone, e.g. https://acme.bynder.com"
      : `https://<your portal>${TOKEN_PATH}`;
    fail(
      connection,
      `The connection's ${label} has an unexpected path "${url.pathname}". Expected ${expected}.`,
    );
  }
  return url.origin;
}
