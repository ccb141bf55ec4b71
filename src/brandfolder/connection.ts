import { type Connection, util } from "@prismatic-io/spectral";
import { connectionFailure, connectionOrigin } from "../core/http/connectionHost";
import { DEFAULT_API_HOST } from "./endpoints";

/** Paths a pasted API address may end with; the actions add their own prefix. */
const API_PATHS = ["", "/api", "/api/v4", "/api/v1"];

/** The API origin from API Host (blank: https://brandfolder.com); https unless loopback. */
export function apiOrigin(connection: Connection): string {
  const raw = util.types.toString(connection.fields?.apiHost ?? "").trim();
  if (!raw) return DEFAULT_API_HOST;
  return connectionOrigin(connection, raw, {
    label: "API Host",
    example: `${DEFAULT_API_HOST}, or leave it blank`,
    paths: API_PATHS,
    expected: `the host alone, e.g. ${DEFAULT_API_HOST}`,
  });
}

/** The API Key; a pasted `Bearer ` prefix is dropped. Never logged. */
export function apiKey(connection: Connection): string {
  const key = util.types
    .toString(connection.fields?.apiKey ?? "")
    .trim()
    .replace(/^bearer(\s+|$)/i, "")
    .trim();
  if (!key) {
    connectionFailure(
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
