import { createConnection } from "@prismatic-io/spectral/dist/testing";
import type { Simulator } from "../../simulator";
import { oauth2ClientCredentials } from "../../src/connections";
import { DEFAULT_SCOPES } from "../../src/connections/scopes";

/** The connection's default scopes without `offline`, which a client-credentials grant never uses. */
export const DEFAULT_TOKEN_SCOPES = DEFAULT_SCOPES.split(" ")
  .filter((s) => s !== "offline")
  .join(" ");

/** A client-credentials connection whose token holds exactly `scopes`, minted by the simulator. */
export async function connectionWithScopes(sim: Simulator, scopes: string) {
  const res = await fetch(sim.credentials.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: sim.credentials.clientId,
      client_secret: sim.credentials.clientSecret,
      scope: scopes,
    }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  const { access_token } = (await res.json()) as { access_token: string };
  return createConnection(
    oauth2ClientCredentials,
    {
      tokenUrl: sim.credentials.tokenUrl,
      scopes,
      clientId: sim.credentials.clientId,
      clientSecret: sim.credentials.clientSecret,
    },
    { access_token, token_type: "bearer" },
  );
}
