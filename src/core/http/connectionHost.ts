import { type Connection, ConnectionError } from "@prismatic-io/spectral";

/** Hosts that may be reached over plain http (a local simulator or test server). */
export const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The connection without its fields, so a ConnectionError never carries a secret. */
export function safeConnection(connection: Connection): Connection {
  return { key: connection.key, configVarKey: connection.configVarKey, fields: {} };
}

export function connectionFailure(connection: Connection, message: string): never {
  throw new ConnectionError(safeConnection(connection), message);
}

export interface HostSpec {
  /** The field's label, as messages name it ("API Host"). */
  label: string;
  /** An address that would be right, shown when the value is not a URL ("https://…"). */
  example: string;
  /** The paths the address may end with ("" for the host alone), trailing slashes ignored. */
  paths: string[];
  /** What the path should have been, e.g. "the host alone, e.g. https://api.example.com". */
  expected: string;
}

/**
 * The origin of an address typed into a connection field (a scheme is optional and defaults to
 * https): https only, except plain http on loopback; no credentials, query or fragment; and only
 * the paths the vendor's address may carry. Anything else fails the connection, naming the field.
 */
export function connectionOrigin(connection: Connection, raw: string, spec: HostSpec): string {
  const fail = (message: string) => connectionFailure(connection, message);
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail(
      `The connection's ${spec.label} "${raw.slice(0, 80)}" is not a valid URL. Expected something like ${spec.example}.`,
    );
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    fail(`The connection's ${spec.label} must use https:// (got ${url.protocol}//${url.host}).`);
  if (url.username || url.password)
    fail(`The connection's ${spec.label} must not contain a user name or password.`);
  if (url.search || url.hash || !spec.paths.includes(url.pathname.replace(/\/+$/, "")))
    fail(
      `The connection's ${spec.label} has an unexpected path "${url.pathname}${url.search}". Expected ${spec.expected}.`,
    );
  return url.origin;
}
