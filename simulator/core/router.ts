import type { SimClock } from "./clock";
import type { Headers, Query, Reply } from "./http";

/** What every vendor's handlers share; `state` and `config` are the vendor's own. */
export interface SimEnv<State = unknown, Config = unknown> {
  state: State;
  config: Config;
  clock: SimClock;
  /** The listen URL, or per request the public origin (see publicUrl.ts). */
  baseUrl: string;
}

export interface Ctx<Env = SimEnv, Principal = unknown> {
  method: string;
  path: string;
  query: Query;
  headers: Headers;
  body: Buffer;
  params: Record<string, string>;
  env: Env;
  /** Who the vendor's `authenticate` hook found; set on every route that is not public. */
  token?: Principal;
}

export type Handler<Env = SimEnv, Principal = unknown> = (
  ctx: Ctx<Env, Principal>,
) => Reply | Promise<Reply>;

type AddRoute<E, P> = (
  pattern: string,
  handler: Handler<E, P>,
  opts?: RouteOptions,
) => Family<E, P>;

export interface Family<E, P> {
  get: AddRoute<E, P>;
  post: AddRoute<E, P>;
  put: AddRoute<E, P>;
  patch: AddRoute<E, P>;
  delete: AddRoute<E, P>;
}

export interface RouteOptions {
  /** Public routes skip authentication (token endpoints, pre-signed uploads and downloads). */
  public?: boolean;
  /**
   * Scopes of which the principal needs at least one; `[]` means any valid principal. Set by a
   * `family`, or per route to override it.
   */
  scopes?: string[];
}

export interface RouterOptions {
  /**
   * Refuse a non-public route that declares no scopes (default true, so a scoped vendor cannot
   * forget one); a vendor whose credentials carry no scopes (an API key) passes false.
   */
  requireScopes?: boolean;
}

export interface Route<E = SimEnv, P = unknown> {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler<E, P>;
  public: boolean;
  scopes?: string[];
}

export type Match<E = SimEnv, P = unknown> =
  | {
      kind: "found";
      handler: Handler<E, P>;
      params: Record<string, string>;
      public: boolean;
      scopes?: string[];
      /** The pattern that won, e.g. `/api/media/:id`. */
      pattern: string;
    }
  | { kind: "wrong-method"; allowed: string[] }
  | { kind: "none" };

/** Splits a path into decoded segments; trailing and doubled slashes are ignored. */
export function splitPath(path: string): string[] | undefined {
  try {
    return path
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/**
 * Method + pattern router; `:name` segments capture. Of the routes that match, the most specific
 * wins, whatever the order they were registered in: segment by segment from the left, a literal
 * beats a parameter.
 */
export class Router<E = SimEnv, P = unknown> {
  private readonly routes: Route<E, P>[] = [];

  constructor(private readonly options: RouterOptions = {}) {}

  add(method: string, pattern: string, handler: Handler<E, P>, opts: RouteOptions = {}): this {
    const segments = pattern.split("/").filter((s) => s.length > 0);
    if (this.options.requireScopes !== false && !opts.public && opts.scopes === undefined) {
      throw new Error(`${method} ${pattern}: a non-public route must declare its scopes`);
    }
    const upper = method.toUpperCase();
    if (this.routes.some((r) => r.method === upper && sameShape(r.segments, segments))) {
      throw new Error(`${upper} ${pattern}: a route of the same shape is already registered`);
    }
    this.routes.push({
      method: upper,
      pattern,
      segments,
      handler,
      public: !!opts.public,
      scopes: opts.scopes,
    });
    return this;
  }

  /** Routes of one family: GET needs the read scope, every other method the write scope. */
  family(read: string, write: string): Family<E, P> {
    const add =
      (method: string) =>
      (pattern: string, handler: Handler<E, P>, opts: RouteOptions = {}): Family<E, P> => {
        this.add(method, pattern, handler, {
          scopes: [method === "GET" ? read : write],
          ...opts,
        });
        return family;
      };
    const family: Family<E, P> = {
      get: add("GET"),
      post: add("POST"),
      put: add("PUT"),
      patch: add("PATCH"),
      delete: add("DELETE"),
    };
    return family;
  }

  /** Every registered route, in registration order. */
  list(): readonly Route<E, P>[] {
    return this.routes;
  }

  get(pattern: string, handler: Handler<E, P>, opts?: RouteOptions): this {
    return this.add("GET", pattern, handler, opts);
  }

  post(pattern: string, handler: Handler<E, P>, opts?: RouteOptions): this {
    return this.add("POST", pattern, handler, opts);
  }

  put(pattern: string, handler: Handler<E, P>, opts?: RouteOptions): this {
    return this.add("PUT", pattern, handler, opts);
  }

  patch(pattern: string, handler: Handler<E, P>, opts?: RouteOptions): this {
    return this.add("PATCH", pattern, handler, opts);
  }

  delete(pattern: string, handler: Handler<E, P>, opts?: RouteOptions): this {
    return this.add("DELETE", pattern, handler, opts);
  }

  match(method: string, path: string): Match<E, P> {
    const parts = splitPath(path);
    if (!parts) return { kind: "none" };
    const allowed: string[] = [];
    let best: { route: Route<E, P>; params: Record<string, string> } | undefined;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method || (method === "HEAD" && route.method === "GET")) {
        if (!best || moreSpecific(route.segments, best.route.segments)) best = { route, params };
      } else {
        allowed.push(route.method);
      }
    }
    if (best) {
      const { route, params } = best;
      return {
        kind: "found",
        handler: route.handler,
        params,
        public: route.public,
        scopes: route.scopes,
        pattern: route.pattern,
      };
    }
    return allowed.length > 0 ? { kind: "wrong-method", allowed } : { kind: "none" };
  }
}

const isParam = (segment: string): boolean => segment.startsWith(":");

/** True when `a` beats `b`: at the first segment where they differ in kind, `a` has the literal. */
function moreSpecific(a: string[], b: string[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (isParam(a[i]) !== isParam(b[i])) return !isParam(a[i]);
  }
  return false;
}

/** Same literals in the same places and parameters in the same places (names aside). */
function sameShape(a: string[], b: string[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => (isParam(s) ? isParam(b[i]) : !isParam(b[i]) && s === b[i]))
  );
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (isParam(p)) params[p.slice(1)] = parts[i];
    else if (p !== parts[i]) return undefined;
  }
  return params;
}
