import { type Connection, ConnectionError, util } from "@prismatic-io/spectral";
import { DEFAULT_API_HOST } from "./endpoints";

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** Paths a pasted API address may end with; the actions add their own prefix. */
const API_PATHS = ["", "/api", "/api/v4", "/api/v1"];

/** The connection without its key, for a ConnectionError. */
export function safeConnection(connection: Connection): Connection {
  return { key: connection.key, configVarKey: connection.configVarKey, fields: {} };
}

function fail(connection: Connection, message: string): never {
  throw new ConnectionError(safeConnection(connection), message);
}

/** The API origin from API Host (blank: https://brandfolder.com); https unless loopback. */
export function apiOrigin(connection: Connection): string {
  const raw = util.types.toString(connection.fields?.apiHost ?? "").trim();
  if (!raw) return DEFAULT_API_HOST;
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    fail(
      connection,
      `The connection's API Host "${raw.slice(0, 80)}" is not a valid URL. Expected something like ${DEFAULT_API_HOST}, or leave it blank.`,
    );
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    fail(
      connection,
      `The connection's API Host must use https:// (got ${url.protocol}//${url.host}).`,
    );
  }
  if (url.username || url.password)
    fail(connection, "The connection's API Host must not contain a user name or password.");
  if (url.search || url.hash || !API_PATHS.includes(url.pathname.replace(/\/+$/, ""))) {
    fail(
      connection,
      `The connection's API Host has an unexpected path "${url.pathname}${url.search}". Expected the host alone, e.g. ${DEFAULT_API_HOST}.`,
    );
  }
  return url.origin;
}

/** The API Key; a pasted `Bearer ` prefix is dropped. Never logged. */
export function apiKey(connection: Connection): string {
  const key = util.types
    .toString(connection.fields?.apiKey ?? "")
    .trim()
    .replace(/^bearer(\s+|$)/i, "")
    .trim();
  if (!key) {
    fail(
      connection,
      "The Brandfolder connection has no API Key. Paste the key from Brandfolder (your profile > Integrations) into the connection's API Key field.",
    );
  }
  return key;
}

/** The key as pasted and as sent, for the redactor (every spelling is derived from these). */
export function apiKeySecrets(connection: Connection): string[] {
  const raw = util.types.toString(connection.fields?.apiKey ?? "");
  const bare = raw
    .trim()
    .replace(/^bearer(\s+|$)/i, "")
    .trim();
  return [raw, raw.trim(), bare].filter((v) => v.length >= 4);
}
