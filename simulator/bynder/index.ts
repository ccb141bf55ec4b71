import type { FaultRegistry } from "../core/faults";
import { createRng } from "../core/ids";
import { normalisePublicUrl } from "../core/publicUrl";
import type { RequestLogEntry } from "../core/server";
import { startServer } from "../core/startServer";
import { bynderErrorReply } from "./errors";
import { loadFixtures } from "./fixtures";
import { buildRouter } from "./resources";
import { authenticate } from "./resources/oauth";
import { snsDeliveries } from "./resources/sns";
import { ALL_SCOPES, requireScope } from "./scopes";
import { createSeeder, type Seeder } from "./seed";
import { createState, newSecret, type SimEnv, type SimState } from "./state";

export type { FaultRule, FaultRuleInput } from "../core/faults";
export type { Seeder } from "./seed";
export type { RequestLogEntry } from "../core/server";
export type { SimState } from "./state";

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Added before every response. */
  latencyMs?: number;
  /** Requests per window per client address (default 4500). */
  rateLimit?: number;
  rateWindowMs?: number;
  /** Pre-populate this many assets. */
  seedAssets?: number;
  /** How long a legacy upload stays "processing" before poll reports it done (default 200). */
  processingMs?: number;
  /** How long a v7 upload converts after finalise before a save succeeds (default 0: at once). */
  v7ConversionMs?: number;
  tokenTtlSeconds?: number;
  /** Time source for token expiry, rate windows, upload processing and new dates. */
  clock?: () => number;
  clientId?: string;
  clientSecret?: string;
  permanentToken?: string;
  /** Seed of the PRNG behind seeded data. */
  randomSeed?: number;
  /** The OAuth app's scopes (default: every Bynder scope); a token request without scope gets these. */
  scopes?: string[];
  /**
   * Origin clients reach the simulator at, e.g. behind a TLS proxy. Absolute URLs in replies
   * (s3_file, upload endpoint, thumbnails, Location) use it instead of the listen URL.
   */
  publicUrl?: string;
}

export interface SimulatorCredentials {
  clientId: string;
  clientSecret: string;
  permanentToken: string;
  authorizeUrl: string;
  tokenUrl: string;
}

export interface Simulator {
  /** Where the simulator listens (http://host:port). */
  url: string;
  /** The origin absolute URLs in replies use: `publicUrl` if given, else `url`. */
  publicUrl: string;
  credentials: SimulatorCredentials;
  /** Live log of every request received, in arrival order. */
  requests: RequestLogEntry[];
  faults: FaultRegistry;
  state: SimState;
  seed: Seeder;
  /** Forgets all rate-limit windows. */
  resetRateLimit(): void;
  /** Runs `hook` on every request before it is answered; returns a function that removes it. */
  duringRequest(hook: (entry: RequestLogEntry) => void): () => void;
  /** Simulated Amazon SNS: subscription confirmations and event notifications, posted for real. */
  sns: ReturnType<typeof snsDeliveries>;
  close(): Promise<void>;
}

export const DEFAULT_CREDENTIALS = {
  clientId: "sim-client-id",
  clientSecret: "sim-client-secret",
  permanentToken: "sim-permanent-token",
};

/** Bynder's simulated portal: its state, seed and resources on the core server. */
export async function startBynderSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const publicUrl = options.publicUrl ? normalisePublicUrl(options.publicUrl) : undefined;
  const server = await startServer({
    state: createState(),
    config: {
      clientId: options.clientId ?? DEFAULT_CREDENTIALS.clientId,
      clientSecret: options.clientSecret ?? DEFAULT_CREDENTIALS.clientSecret,
      permanentToken: options.permanentToken ?? DEFAULT_CREDENTIALS.permanentToken,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
      processingMs: options.processingMs ?? 200,
      v7ConversionMs: options.v7ConversionMs ?? 0,
      scopes: options.scopes ?? [...ALL_SCOPES],
      publicUrl,
      secret: newSecret(),
    },
    clock: options.clock,
    routes: buildRouter(),
    auth: {
      authenticate,
      authorize: (token, required, path) => requireScope(token.scope, required, path),
    },
    errorReply: bynderErrorReply,
    publicUrl,
    port: options.port,
    host: options.host,
    latencyMs: options.latencyMs,
    rateLimit: options.rateLimit ?? 4500,
    rateWindowMs: options.rateWindowMs ?? 300_000,
  });
  // Seeding is synchronous and done before this function yields: no request sees it half done.
  const env: SimEnv = server.env;
  const rng = createRng(options.randomSeed ?? 20240601);
  const seed = createSeeder(env, rng);
  loadFixtures(env, seed, rng);
  if (options.seedAssets && options.seedAssets > 0) {
    const assets = seed.assets(options.seedAssets);
    // Give the seeded collections some members so collectionId filters have data.
    for (const c of env.state.collections.values()) {
      c.mediaIds = assets
        .filter((_, i) => i % 3 === 0)
        .slice(0, 10)
        .map((a) => a.id);
    }
  }
  const origin = publicUrl ?? server.url;
  return {
    url: server.url,
    publicUrl: origin,
    credentials: {
      clientId: env.config.clientId,
      clientSecret: env.config.clientSecret,
      permanentToken: env.config.permanentToken,
      authorizeUrl: `${origin}/v6/authentication/oauth2/auth`,
      tokenUrl: `${origin}/v6/authentication/oauth2/token`,
    },
    requests: server.requests,
    faults: server.faults,
    state: env.state,
    seed,
    resetRateLimit: server.resetRateLimit,
    duringRequest: server.duringRequest,
    sns: snsDeliveries(env),
    close: server.close,
  };
}

/** The name tests, scripts and the bench have always used. */
export const startSimulator = startBynderSimulator;
