import type { Headers, Query, Reply } from "./http";
import type { SimEnv, TokenRecord } from "../bynder/state";

export interface Ctx {
  method: string;
  path: string;
  query: Query;
  headers: Headers;
  body: Buffer;
  params: Record<string, string>;
  env: SimEnv;
  /** Set by the server when the route required a bearer token. */
  token?: TokenRecord;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

type AddRoute = (pattern: string, handler: Handler, opts?: RouteOptions) => Family;

export interface Family {
  get: AddRoute;
  post: AddRoute;
  put: AddRoute;
  patch: AddRoute;
  delete: AddRoute;
}

export interface RouteOptions {
  /** Public routes skip the bearer check (OAuth, S3-like upload, pre-signed downloads, DAT). */
  public?: boolean;
  /**
   * OAuth scopes of which the token needs at least one; `[]` means any valid token. Set by a
   * `family`, or per route to override it.
   */
  scopes?: string[];
}

export interface Route {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler;
  public: boolean;
  scopes?: string[];
}

export type Match =
  | {
      kind: "found";
      handler: Handler;
      params: Record<string, string>;
      public: boolean;
      scopes?: string[];
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

/** Method + pattern router; `:name` segments capture, first registered match wins. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler, opts: RouteOptions = {}): this {
    const segments = pattern.split("/").filter((s) => s.length > 0);
    if (!opts.public && opts.scopes === undefined) {
      throw new Error(`${method} ${pattern}: a non-public route must declare its scopes`);
    }
    this.routes.push({
      method: method.toUpperCase(),
      pattern,
      segments,
      handler,
      public: !!opts.public,
      scopes: opts.scopes,
    });
    return this;
  }

  /** Routes of one family: GET needs the read scope, every other method the write scope. */
  family(read: string, write: string): Family {
    const add =
      (method: string) =>
      (pattern: string, handler: Handler, opts: RouteOptions = {}): Family => {
        this.add(method, pattern, handler, {
          scopes: [method === "GET" ? read : write],
          ...opts,
        });
        return family;
      };
    const family: Family = {
      get: add("GET"),
      post: add("POST"),
      put: add("PUT"),
      patch: add("PATCH"),
      delete: add("DELETE"),
    };
    return family;
  }

  /** Every registered route, in matching order. */
  list(): readonly Route[] {
    return this.routes;
  }

  get(pattern: string, handler: Handler, opts?: RouteOptions): this {
    return this.add("GET", pattern, handler, opts);
  }

  post(pattern: string, handler: Handler, opts?: RouteOptions): this {
    return this.add("POST", pattern, handler, opts);
  }

  put(pattern: string, handler: Handler, opts?: RouteOptions): this {
    return this.add("PUT", pattern, handler, opts);
  }

  patch(pattern: string, handler: Handler, opts?: RouteOptions): this {
    return this.add("PATCH", pattern, handler, opts);
  }

  delete(pattern: string, handler: Handler, opts?: RouteOptions): this {
    return this.add("DELETE", pattern, handler, opts);
  }

  match(method: string, path: string): Match {
    const parts = splitPath(path);
    if (!parts) return { kind: "none" };
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method || (method === "HEAD" && route.method === "GET")) {
        return {
          kind: "found",
          handler: route.handler,
          params,
          public: route.public,
          scopes: route.scopes,
        };
      }
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: "wrong-method", allowed } : { kind: "none" };
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith(":")) params[p.slice(1)] = parts[i];
    else if (p !== parts[i]) return undefined;
  }
  return params;
}
