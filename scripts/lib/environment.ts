import type { Connection } from "@prismatic-io/spectral";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type BrandfolderSimulator, startBrandfolderSimulator } from "../../simulator/brandfolder";
import { type Simulator, startSimulator } from "../../simulator/bynder";
import { loadBuilt } from "./components";

type BuiltComponent = Parameters<typeof createHarness>[0] & {
  key: string;
  actions: Record<
    string,
    { display: { label: string }; inputs: { key: string; label: unknown; required?: boolean }[] }
  >;
};

/** A built component (dist/<component>/index.js), exactly what gets published. */
export function loadBuiltComponent(component = "bynder"): BuiltComponent {
  return loadBuilt<BuiltComponent>(component);
}

export interface Target {
  kind: "simulator" | "portal";
  origin: string;
  connection: Connection;
  simulator?: Simulator;
  /** The embedded Brandfolder simulator, when the target is one (its state checks the demo). */
  brandfolder?: BrandfolderSimulator;
  close(): Promise<void>;
}

async function fetchToken(
  tokenUrl: string,
  clientId: string,
  clientSecret: string,
  scope?: string,
): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: clientId,
    client_secret: clientSecret,
  });
  if (scope) body.set("scope", scope);
  const res = await fetch(tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  if (!res.ok) {
    const text = (await res.text()).slice(0, 200);
    throw new Error(
      `Token request to ${new URL(tokenUrl).origin} failed with HTTP ${res.status}: ${text}`,
    );
  }
  const json = (await res.json()) as { access_token?: string };
  if (!json.access_token) throw new Error("The token response had no access_token.");
  return json.access_token;
}

/**
 * A real portal when BYNDER_TOKEN_URL, BYNDER_CLIENT_ID and BYNDER_CLIENT_SECRET are set (client
 * credentials), otherwise an embedded simulator. Either way the token comes from the token endpoint.
 */
export async function openTarget(
  options: { seedAssets?: number } = {},
  component = "bynder",
): Promise<Target> {
  if (component === "brandfolder") return brandfolderTarget(options);
  const { BYNDER_TOKEN_URL, BYNDER_CLIENT_ID, BYNDER_CLIENT_SECRET, BYNDER_SCOPES } = process.env;
  if (BYNDER_TOKEN_URL && BYNDER_CLIENT_ID && BYNDER_CLIENT_SECRET) {
    const token = await fetchToken(
      BYNDER_TOKEN_URL,
      BYNDER_CLIENT_ID,
      BYNDER_CLIENT_SECRET,
      BYNDER_SCOPES,
    );
    return {
      kind: "portal",
      origin: new URL(BYNDER_TOKEN_URL).origin,
      connection: connectionFor(BYNDER_TOKEN_URL, BYNDER_CLIENT_ID, BYNDER_CLIENT_SECRET, token),
      close: async () => {},
    };
  }
  const simulator = await startSimulator({
    seedAssets: options.seedAssets ?? 0,
    processingMs: 300,
  });
  const { tokenUrl, clientId, clientSecret } = simulator.credentials;
  const token = await fetchToken(tokenUrl, clientId, clientSecret);
  return {
    kind: "simulator",
    origin: simulator.url,
    simulator,
    connection: connectionFor(tokenUrl, clientId, clientSecret, token),
    close: () => simulator.close(),
  };
}

function connectionFor(
  tokenUrl: string,
  clientId: string,
  clientSecret: string,
  accessToken: string,
): Connection {
  return {
    key: "oauth2ClientCredentials",
    configVarKey: "Bynder Connection",
    fields: { tokenUrl, clientId, clientSecret, scopes: process.env.BYNDER_SCOPES ?? "" },
    token: { access_token: accessToken, token_type: "bearer" },
  };
}

export function harnessFor(component: ReturnType<typeof loadBuiltComponent>) {
  return createHarness(component);
}

/** How long an uploaded file takes to be processed in the embedded Brandfolder simulator. */
export const DEMO_READY_MS = 300;

/**
 * Brandfolder's API when BRANDFOLDER_API_KEY is set (BRANDFOLDER_API_HOST optional), otherwise an
 * embedded Brandfolder simulator with its organization owner's key.
 */
async function brandfolderTarget(options: { seedAssets?: number }): Promise<Target> {
  const { BRANDFOLDER_API_KEY, BRANDFOLDER_API_HOST } = process.env;
  if (!BRANDFOLDER_API_KEY) {
    const simulator = await startBrandfolderSimulator({
      seedAssets: options.seedAssets,
      // Brandfolder delivers webhooks on its own: so does the simulator, and an upload is ready
      // (its asset.update sent) soon enough to keep `npm start` quick.
      webhooks: { autoDeliverMs: 25, readyDelayMs: DEMO_READY_MS },
      storage: { processingMs: DEMO_READY_MS },
    });
    return {
      kind: "simulator",
      origin: simulator.url,
      brandfolder: simulator,
      connection: {
        key: "apiKey",
        configVarKey: "Brandfolder Connection",
        fields: { apiKey: simulator.apiKey, apiHost: simulator.url },
      },
      close: () => simulator.close(),
    };
  }
  const apiHost = BRANDFOLDER_API_HOST ?? "";
  return {
    kind: "portal",
    origin: apiHost || "https://brandfolder.com",
    connection: {
      key: "apiKey",
      configVarKey: "Brandfolder Connection",
      fields: { apiKey: BRANDFOLDER_API_KEY, apiHost },
    },
    close: async () => {},
  };
}
