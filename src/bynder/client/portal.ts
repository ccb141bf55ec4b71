import { type Connection, util } from "@prismatic-io/spectral";
import { connectionFailure, connectionOrigin } from "../../core/http/connectionHost";
import { AUTHORIZE_PATH, TOKEN_PATH } from "../endpoints";

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
    connectionFailure(
      connection,
      `The connection's ${label} is empty. Enter your portal address, e.g. https://acme.bynder.com${isPermanent ? "" : TOKEN_PATH}.`,
    );
  }
  return connectionOrigin(connection, raw, {
    label,
    example: `https://acme.bynder.com${isPermanent ? "" : TOKEN_PATH}`,
    paths: isPermanent ? [""] : ["", TOKEN_PATH, AUTHORIZE_PATH],
    expected: isPermanent
      ? "the portal address alone, e.g. https://acme.bynder.com"
      : `https://<your portal>${TOKEN_PATH}`,
  });
}
