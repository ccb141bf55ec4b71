import { createConnection } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, type SimulatorOptions, startSimulator } from "../../simulator";
import { oauth2ClientCredentials } from "../../src/connections";
import { DEFAULT_SCOPES } from "../../src/connections/scopes";

/** Gets a token the way Prismatic would for the client-credentials connection. */
export async function clientCredentialsToken(sim: Simulator): Promise<string> {
  const res = await fetch(sim.credentials.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: sim.credentials.clientId,
      client_secret: sim.credentials.clientSecret,
      scope: DEFAULT_SCOPES,
    }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A running simulator plus a client-credentials connection to it, for flow tests. */
export async function simulatorWithConnection(options: SimulatorOptions = {}) {
  const sim = await startSimulator(options);
  const token = await clientCredentialsToken(sim);
  const connection = createConnection(
    oauth2ClientCredentials,
    {
      tokenUrl: sim.credentials.tokenUrl,
      scopes: DEFAULT_SCOPES,
      clientId: sim.credentials.clientId,
      clientSecret: sim.credentials.clientSecret,
    },
    { access_token: token, token_type: "bearer" },
  );
  return { sim, connection, token };
}

/** Requests the simulator received on a path (ignoring the token call). */
export function requestsTo(sim: Simulator, method: string, path: string) {
  return sim.requests.filter(
    (r) => r.method === method && r.path.replace(/\/$/, "") === path.replace(/\/$/, ""),
  );
}
