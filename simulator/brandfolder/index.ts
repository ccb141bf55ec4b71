import type { FaultRegistry } from "../core/faults";
import { Router } from "../core/router";
import { normalisePublicUrl } from "../core/publicUrl";
import type { RequestLogEntry } from "../core/server";
import { startServer } from "../core/startServer";
import { authenticate, brandfolderErrorReply } from "./access";
import { registerAssetWrites, settleTagRemovals } from "./resources/assets";
import { registerCustomFields } from "./resources/customFields";
import { registerReads } from "./resources/reads";
import { registerStructureWrites } from "./resources/structure";
import { registerPeople } from "./resources/people";
import { registerUploads } from "./resources/uploads";
import { seed } from "./seed";
import { registerCdn } from "./cdn";
import { type BfState, createState, type SimEnv, type User } from "./state";
import { registerWebhooks } from "./resources/webhooks";
import { createWebhookHub, type HubOptions, type WebhookHub } from "./webhookDelivery";
import { settleImports, type StorageOptions, storageOf } from "./storage";

export type { BfState } from "./state";

export interface BrandfolderSimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Added before every response. */
  latencyMs?: number;
  /** Requests per window per client address; Brandfolder publishes none, so unlimited by default. */
  rateLimit?: number;
  rateWindowMs?: number;
  /** Assets seeded in the main Brandfolder (default 12). */
  seedAssets?: number;
  /** Time source for dates and rate windows. */
  clock?: () => number;
  /** The admin user's API key (default `sim-brandfolder-key`). */
  apiKey?: string;
  /** Origin clients reach the simulator at, for absolute URLs in replies. */
  publicUrl?: string;
  randomSeed?: number;
  /** How long a queued tag removal takes on the simulator's clock (default 2000). */
  tagRemovalMs?: number;
  /** v1 webhook delivery: retry back-off, the "ready" delay, real-time auto delivery. */
  webhooks?: HubOptions;
  /** Upload storage: bytes kept per object, signed URL lifetime, import processing delay. */
  storage?: Partial<StorageOptions>;
}

export interface BrandfolderSimulator {
  url: string;
  /** The organization owner's key, and a guest's key that sees one collection only. */
  apiKey: string;
  guestKey: string;
  requests: RequestLogEntry[];
  faults: FaultRegistry;
  state: BfState;
  resetRateLimit(): void;
  close(): Promise<void>;
  /** v1 webhook subscriptions and deliveries (see webhookDelivery.ts). */
  webhooks: WebhookHub;
}

export const DEFAULT_API_KEY = "sim-brandfolder-key";
export const GUEST_API_KEY = "sim-brandfolder-guest-key";
/** Brandfolder documents no delay for its background tag removal; a short one is visible in tests. */
export const DEFAULT_TAG_REMOVAL_MS = 2000;

/** Brandfolder's v4 API on the simulator core: API keys, JSON:API replies, plain-text errors. */
export async function startBrandfolderSimulator(
  options: BrandfolderSimulatorOptions = {},
): Promise<BrandfolderSimulator> {
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const routes = new Router<SimEnv, User>({ requireScopes: false });
  registerReads(routes);
  registerCustomFields(routes);
  registerAssetWrites(routes);
  registerStructureWrites(routes);
  registerPeople(routes);
  registerCdn(routes);
  registerWebhooks(routes);
  registerUploads(routes);
  const state = createState();
  storageOf(state, options.storage);
  // Seeded before the server listens: no request sees it half done.
  seed(state, {
    assets: options.seedAssets ?? 12,
    apiKey,
    guestKey: GUEST_API_KEY,
    randomSeed: options.randomSeed ?? 20260105,
  });
  const webhooks = createWebhookHub(state, options.clock ?? Date.now, options.webhooks);
  const server = await startServer({
    state,
    config: { apiKey, tagRemovalMs: options.tagRemovalMs ?? DEFAULT_TAG_REMOVAL_MS },
    clock: options.clock,
    routes,
    auth: { authenticate },
    errorReply: brandfolderErrorReply,
    publicUrl: options.publicUrl ? normalisePublicUrl(options.publicUrl) : undefined,
    port: options.port,
    host: options.host,
    latencyMs: options.latencyMs,
    rateLimit: options.rateLimit,
    rateWindowMs: options.rateWindowMs,
  });
  // Background work (imports, queued tag removals) finishes on the simulator's clock: what is due
  // is done before the next request is answered.
  server.duringRequest(() => {
    const now = server.env.clock();
    settleImports(state, now);
    settleTagRemovals(state, now);
  });
  // Storage bodies leave the request log once answered (storage keeps sizes and SHA-256), so a
  // 1 GiB upload does not stay in memory twice.
  const logged: RequestLogEntry[] = [];
  server.duringRequest((entry) => {
    for (const old of logged.splice(0)) {
      if (old.status === undefined) logged.push(old);
      else old.body = Buffer.alloc(0);
    }
    if (entry.path.startsWith("/storage/") && entry.body.length > 64 * 1024) logged.push(entry);
  });
  return {
    url: server.url,
    apiKey,
    guestKey: GUEST_API_KEY,
    requests: server.requests,
    faults: server.faults,
    state,
    resetRateLimit: server.resetRateLimit,
    close: () => {
      webhooks.stop();
      return server.close();
    },
    webhooks,
  };
}
