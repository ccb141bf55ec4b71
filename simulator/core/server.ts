import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { type Fault, type FaultRegistry, faultReply, parseFault } from "./faults";
import {
  type ErrorReply,
  type Headers,
  parseQuery,
  type Query,
  type Reply,
  readBody,
  SimError,
} from "./http";
import { requestBaseUrl } from "./publicUrl";
import type { RateLimiter } from "./rateLimit";
import type { Router, SimEnv } from "./router";

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Query;
  headers: Headers;
  body: Buffer;
  at: number;
  /** The fault spec applied to this request, if any. */
  fault?: string;
  /** Status written (undefined for `reset`). */
  status?: number;
  /** Requests being handled when this one arrived, itself included (tests read concurrency). */
  inFlight: number;
}

/** How a vendor knows its callers: injected, so the pipeline names no vendor. */
export interface AuthHooks<E, P> {
  /** Who is calling, or throws a SimError carrying the vendor's own 401. */
  authenticate(env: E, headers: Headers): P;
  /** Throws the vendor's 403 when `principal` holds none of the route's `required` scopes. */
  authorize?(principal: P, required: string[], path: string): void;
}

export interface PipelineDeps<E extends SimEnv, P> {
  env: E;
  router: Router<E, P>;
  auth: AuthHooks<E, P>;
  /** The vendor's error envelope, for the pipeline's own errors and `fail(...)` in handlers. */
  errorReply: ErrorReply;
  /** Origin clients reach the simulator at (behind a proxy); undefined: the listen URL. */
  publicUrl?: string;
  faults: FaultRegistry;
  limiter: RateLimiter;
  latencyMs: number;
  requests: RequestLogEntry[];
  /** Called with each request before it is answered (tests change data "during" a request). */
  duringRequest?: ((entry: RequestLogEntry) => void)[];
}

const BODY_LIMIT = 64 * 1024 * 1024;

function lowerHeaders(req: IncomingMessage): Headers {
  const out: Headers = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

/** Request pipeline: log, rate limit, faults, latency, routing and auth, then write. */
export function createPipeline<E extends SimEnv, P>(deps: PipelineDeps<E, P>) {
  let inFlight = 0;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    inFlight += 1;
    try {
      await handle(req, res, inFlight);
    } finally {
      inFlight -= 1;
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse, concurrent: number) {
    const url = new URL(req.url ?? "/", deps.env.baseUrl);
    const method = (req.method ?? "GET").toUpperCase();
    const headers = lowerHeaders(req);
    const entry: RequestLogEntry = {
      method,
      path: url.pathname,
      query: parseQuery(url.searchParams),
      headers,
      body: Buffer.alloc(0),
      at: deps.env.clock(),
      inFlight: concurrent,
    };
    deps.requests.push(entry);
    let reply: Reply;
    let fault: Fault | undefined;
    try {
      entry.body = await readBody(req, BODY_LIMIT);
      fault = pickFault(deps, entry, req.socket.remoteAddress ?? "unknown");
      for (const hook of deps.duringRequest ?? []) hook(entry);
      reply = await respond(deps, entry, fault);
    } catch (err) {
      reply =
        err instanceof SimError ? errorToReply(deps.errorReply, err) : internalError(deps, err);
    }
    if (deps.latencyMs > 0) await sleep(deps.latencyMs);
    if (fault?.kind === "reset" || reply.reset) {
      req.socket.destroy();
      return;
    }
    entry.status = reply.status;
    // The Date header follows the simulator's clock, as clients read server time from it.
    reply = {
      ...reply,
      headers: { date: new Date(deps.env.clock()).toUTCString(), ...reply.headers },
    };
    if (fault?.kind === "truncated") writeTruncated(res, reply);
    else write(res, reply, method === "HEAD");
  }
}

function pickFault<E extends SimEnv, P>(
  deps: PipelineDeps<E, P>,
  entry: RequestLogEntry,
  address: string,
): Fault | undefined {
  if (!deps.limiter.allow(address)) throw new SimError(429, "Too Many Requests");
  const spec = entry.headers["x-sim-fault"] ?? deps.faults.take(entry.method, entry.path);
  if (!spec) return undefined;
  entry.fault = spec;
  try {
    return parseFault(spec);
  } catch (err) {
    throw new SimError(400, (err as Error).message);
  }
}

async function respond<E extends SimEnv, P>(
  deps: PipelineDeps<E, P>,
  entry: RequestLogEntry,
  fault?: Fault,
): Promise<Reply> {
  if (fault?.kind === "slow") await sleep(fault.ms);
  const early = fault ? faultReply(fault, deps.env.clock(), deps.errorReply) : undefined;
  if (early) return early;
  if (fault?.kind === "reset") return deps.errorReply(500, "", {});
  const match = deps.router.match(entry.method, entry.path);
  if (match.kind === "none") return deps.errorReply(404, "Not found", {});
  if (match.kind === "wrong-method") {
    const reply = deps.errorReply(405, "Method not allowed", {});
    const allow = [...new Set(match.allowed)].join(", ");
    return { ...reply, headers: { ...reply.headers, allow } };
  }
  // Shares state, config and clock; only the base for absolute URLs is per request.
  const env: E = {
    ...deps.env,
    baseUrl: requestBaseUrl(deps.env.baseUrl, deps.publicUrl, entry.headers),
  };
  const token = match.public ? undefined : deps.auth.authenticate(env, entry.headers);
  if (token !== undefined) deps.auth.authorize?.(token, match.scopes ?? [], entry.path);
  return match.handler({
    method: entry.method,
    path: entry.path,
    query: entry.query,
    headers: entry.headers,
    body: entry.body,
    params: match.params,
    env,
    token,
  });
}

function errorToReply(errorReply: ErrorReply, err: SimError): Reply {
  return err.reply ?? errorReply(err.status, err.message, err.extra);
}

function internalError<E extends SimEnv, P>(deps: PipelineDeps<E, P>, err: unknown): Reply {
  process.stderr.write(`[simulator] handler error: ${(err as Error)?.stack ?? String(err)}\n`);
  return deps.errorReply(500, "Internal simulator error", {});
}

function write(res: ServerResponse, reply: Reply, head: boolean): void {
  const noBody = reply.status === 204 || reply.status === 304;
  res.writeHead(reply.status, {
    ...reply.headers,
    ...(noBody ? {} : { "content-length": String(reply.body.length) }),
  });
  res.end(head || noBody ? undefined : reply.body);
}

/** Promises more bytes than it sends, then drops the connection mid-body. */
function writeTruncated(res: ServerResponse, reply: Reply): void {
  const body = reply.body.length > 0 ? reply.body : Buffer.from('{"message":"partial');
  const status = reply.status === 204 || reply.status === 304 ? 200 : reply.status;
  res.writeHead(status, { ...reply.headers, "content-length": String(body.length * 2 + 1024) });
  res.write(body.subarray(0, Math.max(1, Math.floor(body.length / 2))), () => {
    setImmediate(() => res.socket?.destroy());
  });
}
