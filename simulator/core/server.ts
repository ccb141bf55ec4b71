import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { type Fault, type FaultRegistry, faultReply, parseFault } from "./faults";
import { type Headers, json, parseQuery, type Query, type Reply, readBody, SimError } from "./http";
import { authenticate } from "../bynder/resources/oauth";
import { requestBaseUrl } from "./publicUrl";
import type { RateLimiter } from "./rateLimit";
import type { Router } from "./router";
import { requireScope } from "../bynder/scopes";
import type { SimEnv } from "../bynder/state";

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

export interface PipelineDeps {
  env: SimEnv;
  router: Router;
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
export function createPipeline(deps: PipelineDeps) {
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
      reply = err instanceof SimError ? err.reply : internalError(err);
    }
    if (deps.latencyMs > 0) await sleep(deps.latencyMs);
    if (fault?.kind === "reset") {
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

function pickFault(deps: PipelineDeps, entry: RequestLogEntry, address: string): Fault | undefined {
  if (!deps.limiter.allow(address)) {
    throw new SimError(json(429, { message: "Too Many Requests", statuscode: 429 }));
  }
  const spec = entry.headers["x-sim-fault"] ?? deps.faults.take(entry.method, entry.path);
  if (!spec) return undefined;
  entry.fault = spec;
  try {
    return parseFault(spec);
  } catch (err) {
    throw new SimError(json(400, { message: (err as Error).message, statuscode: 400 }));
  }
}

async function respond(deps: PipelineDeps, entry: RequestLogEntry, fault?: Fault): Promise<Reply> {
  if (fault?.kind === "slow") await sleep(fault.ms);
  const early = fault ? faultReply(fault, deps.env.clock()) : undefined;
  if (early) return early;
  if (fault?.kind === "reset") return json(500, {});
  const match = deps.router.match(entry.method, entry.path);
  if (match.kind === "none") return json(404, { message: "Not found", statuscode: 404 });
  if (match.kind === "wrong-method") {
    return json(
      405,
      { message: "Method not allowed", statuscode: 405 },
      { allow: [...new Set(match.allowed)].join(", ") },
    );
  }
  // Shares state, config and clock; only the base for absolute URLs is per request.
  const env = { ...deps.env, baseUrl: requestBaseUrl(deps.env, entry.headers) };
  const token = match.public ? undefined : authenticate(env, entry.headers);
  if (token) requireScope(token.scope, match.scopes ?? [], entry.path);
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

function internalError(err: unknown): Reply {
  process.stderr.write(`[simulator] handler error: ${(err as Error)?.stack ?? String(err)}\n`);
  return json(500, { message: "Internal simulator error", statuscode: 500 });
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
