import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { SimClock } from "./clock";
import { FaultRegistry } from "./faults";
import { type ErrorReply, plainErrorReply } from "./http";
import { RateLimiter } from "./rateLimit";
import type { Router, SimEnv } from "./router";
import { type AuthHooks, createPipeline, type RequestLogEntry } from "./server";

export interface ServerOptions<State, Config, P> {
  /** Everything the vendor's handlers read and change: kept here, never in module variables. */
  state: State;
  config: Config;
  /** Time source for dates, expiries, rate windows and the Date header (default Date.now). */
  clock?: SimClock;
  routes: Router<SimEnv<State, Config>, P>;
  auth: AuthHooks<SimEnv<State, Config>, P>;
  /** The vendor's error envelope (default `{message, status}`). */
  errorReply?: ErrorReply;
  /** Origin for absolute URLs in replies, e.g. behind a TLS proxy (checked by normalisePublicUrl). */
  publicUrl?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Added before every response. */
  latencyMs?: number;
  /** Requests per window per client address (default: unlimited). */
  rateLimit?: number;
  rateWindowMs?: number;
}

/** A listening simulator of any vendor, with the controls tests use. */
export interface SimServer<E = SimEnv> {
  /** What handlers see: the vendor's state and config, the clock and the listen URL. */
  env: E;
  /** Where the simulator listens (http://host:port). */
  url: string;
  /** Live log of every request received, in arrival order. */
  requests: RequestLogEntry[];
  faults: FaultRegistry;
  /** Forgets all rate-limit windows. */
  resetRateLimit(): void;
  /** Runs `hook` on every request before it is answered; returns a function that removes it. */
  duringRequest(hook: (entry: RequestLogEntry) => void): () => void;
  close(): Promise<void>;
}

/** Starts the request pipeline for one vendor's routes, auth and state on a loopback port. */
export async function startServer<State, Config, P>(
  options: ServerOptions<State, Config, P>,
): Promise<SimServer<SimEnv<State, Config>>> {
  const env: SimEnv<State, Config> = {
    state: options.state,
    config: options.config,
    clock: options.clock ?? Date.now,
    baseUrl: "http://127.0.0.1",
  };
  const requests: RequestLogEntry[] = [];
  const duringRequest: ((entry: RequestLogEntry) => void)[] = [];
  const faults = new FaultRegistry();
  const limiter = new RateLimiter(
    options.rateLimit ?? Number.POSITIVE_INFINITY,
    options.rateWindowMs ?? 300_000,
    env.clock,
  );
  const pipeline = createPipeline({
    env,
    router: options.routes,
    auth: options.auth,
    errorReply: options.errorReply ?? plainErrorReply,
    publicUrl: options.publicUrl,
    faults,
    limiter,
    latencyMs: options.latencyMs ?? 0,
    requests,
    duringRequest,
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
  env.baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    env,
    url: env.baseUrl,
    requests,
    faults,
    resetRateLimit: () => limiter.reset(),
    duringRequest: (hook) => {
      duringRequest.push(hook);
      return () => {
        const i = duringRequest.indexOf(hook);
        if (i >= 0) duringRequest.splice(i, 1);
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
