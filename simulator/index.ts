import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { registerAccount } from "./account";
import { registerCollections } from "./collections";
import { registerDownloads } from "./downloads";
import { FaultRegistry } from "./faults";
import { loadFixtures } from "./fixtures";
import { createRng } from "./ids";
import { registerMedia } from "./media";
import { registerMetaproperties } from "./metaproperties";
import { registerOauth } from "./oauth";
import { registerOrders } from "./orders";
import { RateLimiter } from "./rateLimit";
import { Router } from "./router";
import { createSeeder, type Seeder } from "./seed";
import { createPipeline, type RequestLogEntry } from "./server";
import { createState, newSecret, type SimEnv, type SimState } from "./state";
import { registerTags } from "./tags";
import { registerLegacyUpload } from "./uploadLegacy";
import { registerUploadSave } from "./uploadSave";
import { registerV7Upload } from "./uploadV7";
import { registerUsers } from "./users";
import { registerWorkflow } from "./workflow";
import { registerWorkflowJobs } from "./workflowJobs";

export type { FaultRule, FaultRuleInput } from "./faults";
export type { Seeder } from "./seed";
export type { RequestLogEntry } from "./server";
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
  tokenTtlSeconds?: number;
  /** Time source for token expiry, rate windows, upload processing and new dates. */
  clock?: () => number;
  clientId?: string;
  clientSecret?: string;
  permanentToken?: string;
  /** Seed of the PRNG behind seeded data. */
  randomSeed?: number;
}

export interface SimulatorCredentials {
  clientId: string;
  clientSecret: string;
  permanentToken: string;
  authorizeUrl: string;
  tokenUrl: string;
}

export interface Simulator {
  url: string;
  credentials: SimulatorCredentials;
  /** Live log of every request received, in arrival order. */
  requests: RequestLogEntry[];
  faults: FaultRegistry;
  state: SimState;
  seed: Seeder;
  /** Forgets all rate-limit windows. */
  resetRateLimit(): void;
  close(): Promise<void>;
}

export const DEFAULT_CREDENTIALS = {
  clientId: "sim-client-id",
  clientSecret: "sim-client-secret",
  permanentToken: "sim-permanent-token",
};

function buildRouter(): Router {
  const router = new Router();
  registerOauth(router);
  // Save routes first: /api/v4/media/save must not be taken for an asset id.
  registerUploadSave(router);
  registerDownloads(router);
  registerMedia(router);
  registerTags(router);
  registerMetaproperties(router);
  registerCollections(router);
  registerWorkflow(router);
  registerWorkflowJobs(router);
  registerUsers(router);
  registerAccount(router);
  registerOrders(router);
  registerLegacyUpload(router);
  registerV7Upload(router);
  return router;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? Date.now;
  const env: SimEnv = {
    state: createState(),
    clock,
    baseUrl: "http://127.0.0.1",
    config: {
      clientId: options.clientId ?? DEFAULT_CREDENTIALS.clientId,
      clientSecret: options.clientSecret ?? DEFAULT_CREDENTIALS.clientSecret,
      permanentToken: options.permanentToken ?? DEFAULT_CREDENTIALS.permanentToken,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
      processingMs: options.processingMs ?? 200,
      secret: newSecret(),
    },
  };
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
  const requests: RequestLogEntry[] = [];
  const faults = new FaultRegistry();
  const limiter = new RateLimiter(
    options.rateLimit ?? 4500,
    options.rateWindowMs ?? 300_000,
    clock,
  );
  const pipeline = createPipeline({
    env,
    router: buildRouter(),
    faults,
    limiter,
    latencyMs: options.latencyMs ?? 0,
    requests,
  });
  const server = createServer((req, res) => {
    pipeline(req, res).catch((err: unknown) => {
      process.stderr.write(`[simulator] ${(err as Error)?.stack ?? String(err)}\n`);
      res.destroy();
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  env.baseUrl = `http://${host}:${port}`;
  return {
    url: env.baseUrl,
    credentials: {
      clientId: env.config.clientId,
      clientSecret: env.config.clientSecret,
      permanentToken: env.config.permanentToken,
      authorizeUrl: `${env.baseUrl}/v6/authentication/oauth2/auth`,
      tokenUrl: `${env.baseUrl}/v6/authentication/oauth2/token`,
    },
    requests,
    faults,
    state: env.state,
    seed,
    resetRateLimit: () => limiter.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
