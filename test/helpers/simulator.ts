import { createConnection } from "@prismatic-io/spectral/dist/testing";
import {
  type Simulator,
  type SimulatorOptions,
  startBynderSimulator,
} from "../../simulator/bynder";
import { oauth2ClientCredentials } from "../../src/bynder/connections";
import { DEFAULT_SCOPES } from "../../src/bynder/connections/scopes";

/** The connection's default scopes without `offline`, which a client-credentials grant never uses. */
export const DEFAULT_TOKEN_SCOPES = DEFAULT_SCOPES.split(" ")
  .filter((s) => s !== "offline")
  .join(" ");

/** The client-credentials token call; `scope` undefined sends no scope field at all. */
export function clientCredentialsCall(
  sim: Pick<Simulator, "credentials">,
  scope?: string,
): Promise<Response> {
  const fields: Record<string, string> = {
    grant_type: "client_credentials",
    client_id: sim.credentials.clientId,
    client_secret: sim.credentials.clientSecret,
  };
  if (scope !== undefined) fields.scope = scope;
  return fetch(sim.credentials.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

/** Gets a token holding `scopes` the way Prismatic would for the client-credentials connection. */
export async function clientCredentialsToken(
  sim: Simulator,
  scopes: string = DEFAULT_SCOPES,
): Promise<string> {
  const res = await clientCredentialsCall(sim, scopes);
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function connectionAndToken(sim: Simulator, scopes: string) {
  const token = await clientCredentialsToken(sim, scopes);
  const connection = createConnection(
    oauth2ClientCredentials,
    {
      tokenUrl: sim.credentials.tokenUrl,
      scopes,
      clientId: sim.credentials.clientId,
      clientSecret: sim.credentials.clientSecret,
    },
    { access_token: token, token_type: "bearer" },
  );
  return { connection, token };
}

/** A client-credentials connection whose token holds exactly `scopes`, minted by the simulator. */
export async function connectionWithScopes(sim: Simulator, scopes: string) {
  return (await connectionAndToken(sim, scopes)).connection;
}

/** A running simulator plus a client-credentials connection to it, for flow tests. */
export async function simulatorWithConnection(options: SimulatorOptions = {}) {
  const sim = await startBynderSimulator(options);
  return { sim, ...(await connectionAndToken(sim, DEFAULT_SCOPES)) };
}

/** Requests the simulator received on a path (ignoring the token call). */
export function requestsTo(sim: Simulator, method: string, path: string) {
  return sim.requests.filter(
    (r) => r.method === method && r.path.replace(/\/$/, "") === path.replace(/\/$/, ""),
  );
}
