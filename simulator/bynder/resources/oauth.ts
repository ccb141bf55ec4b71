import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  type Headers,
  json,
  mimeOf,
  one,
  parseForm,
  type Reply,
  SimError,
  text,
} from "../../core/http";
import type { Ctx, Router } from "../routing";
import { ALL_SCOPES, parseScopes, unknownScopes } from "../scopes";
import type { SimEnv, TokenRecord } from "../state";

const AUTH_CODE_TTL_MS = 10 * 60 * 1000;

function oauthError(status: number, error: string, description: string): SimError {
  return new SimError(json(status, { error, error_description: description }));
}

function b64url(value: string | Buffer): string {
  return Buffer.from(value).toString("base64url");
}

/** A JWT-looking access token (HS256 over the simulator secret). */
function issueJwt(env: SimEnv, clientId: string, scope: string, expiresAt: number): string {
  const header = b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64url(
    JSON.stringify({
      iss: env.baseUrl,
      sub: env.state.currentUserId,
      client_id: clientId,
      scope,
      iat: Math.floor(env.clock() / 1000),
      exp: Math.floor(expiresAt / 1000),
      jti: randomBytes(8).toString("hex"),
    }),
  );
  const sig = createHmac("sha256", env.config.secret).update(`${header}.${payload}`).digest();
  return `${header}.${payload}.${b64url(sig)}`;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Client credentials may arrive as HTTP Basic or in the form body. */
function clientFrom(
  headers: Headers,
  form: Record<string, string>,
): { id?: string; secret?: string } {
  const auth = headers.authorization ?? "";
  if (/^basic /i.test(auth)) {
    const decoded = Buffer.from(auth.slice(6).trim(), "base64").toString("utf8");
    const idx = decoded.indexOf(":");
    if (idx >= 0) {
      return {
        id: decodeURIComponent(decoded.slice(0, idx)),
        secret: decodeURIComponent(decoded.slice(idx + 1)),
      };
    }
  }
  return { id: form.client_id, secret: form.client_secret };
}

function tokenReply(env: SimEnv, clientId: string, scope: string, refreshToken?: string): Reply {
  const ttl = env.config.tokenTtlSeconds;
  const expiresAt = env.clock() + ttl * 1000;
  const token = issueJwt(env, clientId, scope, expiresAt);
  env.state.tokens.set(token, { token, clientId, scope, expiresAt });
  const body: Record<string, unknown> = {
    access_token: token,
    token_type: "bearer",
    expires_in: ttl,
    scope,
  };
  if (refreshToken) body.refresh_token = refreshToken;
  return json(200, body, { "cache-control": "no-store" });
}

function authorize(ctx: Ctx): Reply {
  const { config, state, clock } = ctx.env;
  const clientId = one(ctx.query, "client_id");
  const redirectUri = one(ctx.query, "redirect_uri");
  if (!clientId || clientId !== config.clientId) {
    throw oauthError(400, "invalid_client", "Unknown client_id");
  }
  if (!redirectUri || !/^https?:\/\//i.test(redirectUri)) {
    throw oauthError(400, "invalid_request", "redirect_uri must be an absolute http(s) URL");
  }
  const target = new URL(redirectUri);
  const stateParam = one(ctx.query, "state");
  if (stateParam !== undefined) target.searchParams.set("state", stateParam);
  if (one(ctx.query, "response_type") !== "code") {
    target.searchParams.set("error", "unsupported_response_type");
    return text(302, `Found. Redirecting to ${target}`, undefined, { location: target.toString() });
  }
  // The spec marks scope as required; unknown scopes are refused like any OAuth server would.
  const requested = parseScopes(one(ctx.query, "scope"));
  const unknown = unknownScopes(requested, config.scopes);
  if (requested.length === 0 || unknown.length > 0) {
    target.searchParams.set("error", requested.length === 0 ? "invalid_request" : "invalid_scope");
    target.searchParams.set(
      "error_description",
      requested.length === 0 ? "scope is required" : `Unknown scope: ${unknown.join(" ")}`,
    );
    return text(302, `Found. Redirecting to ${target}`, undefined, { location: target.toString() });
  }
  const code = randomBytes(16).toString("hex");
  state.authCodes.set(code, {
    clientId,
    redirectUri,
    scope: requested.join(" "),
    used: false,
    expiresAt: clock() + AUTH_CODE_TTL_MS,
  });
  target.searchParams.set("code", code);
  return text(302, `Found. Redirecting to ${target}`, undefined, { location: target.toString() });
}

function token(ctx: Ctx): Reply {
  const { config, state, clock } = ctx.env;
  if (mimeOf(ctx.headers) !== "application/x-www-form-urlencoded") {
    throw oauthError(
      400,
      "invalid_request",
      "The token endpoint only accepts form-urlencoded bodies",
    );
  }
  const form = parseForm(ctx.body);
  const client = clientFrom(ctx.headers, form);
  if (
    !client.id ||
    !client.secret ||
    !safeEqual(client.id, config.clientId) ||
    !safeEqual(client.secret, config.clientSecret)
  ) {
    throw oauthError(401, "invalid_client", "Client authentication failed");
  }
  switch (form.grant_type) {
    case "authorization_code": {
      const entry = form.code ? state.authCodes.get(form.code) : undefined;
      if (!entry || entry.used || entry.expiresAt < clock() || entry.clientId !== client.id) {
        throw oauthError(
          400,
          "invalid_grant",
          "The authorization code is invalid or was already used",
        );
      }
      if (form.redirect_uri !== entry.redirectUri) {
        throw oauthError(
          400,
          "invalid_grant",
          "redirect_uri does not match the authorization request",
        );
      }
      entry.used = true;
      // oauth2 OpenAPI: `scope` may narrow the authorized scopes; omitted means all of them.
      const scope = grantedScope(form.scope, parseScopes(entry.scope));
      let refresh: string | undefined;
      if (scope.split(/\s+/).includes("offline")) {
        refresh = randomBytes(24).toString("hex");
        state.refreshTokens.set(refresh, { clientId: client.id, scope });
      }
      return tokenReply(ctx.env, client.id, scope, refresh);
    }
    case "client_credentials":
      // Without `scope` Bynder grants every scope of the app (oauth2 OpenAPI: "When not passed,
      // all the scopes will be requested"); `offline` is meaningless without a refresh token.
      // A requested `offline` is ignored rather than refused: connections configured with the
      // default scope string (which includes it) must still get a token.
      return tokenReply(
        ctx.env,
        client.id,
        grantedScope(
          parseScopes(form.scope)
            .filter((s) => s !== "offline")
            .join(" ") || undefined,
          config.scopes.filter((s) => s !== "offline"),
        ),
      );
    case "refresh_token": {
      const entry = form.refresh_token ? state.refreshTokens.get(form.refresh_token) : undefined;
      if (!entry || entry.clientId !== client.id) {
        throw oauthError(400, "invalid_grant", "The refresh token is invalid");
      }
      // Like Bynder: no new refresh_token, and the old one stays valid.
      return tokenReply(ctx.env, client.id, entry.scope);
    }
    default:
      throw oauthError(
        400,
        "unsupported_grant_type",
        `Unsupported grant_type: ${form.grant_type ?? ""}`,
      );
  }
}

/** The requested scopes if all are allowed, every allowed scope if none were requested. */
function grantedScope(requested: string | undefined, allowed: string[]): string {
  const wanted = parseScopes(requested);
  if (wanted.length === 0) return allowed.join(" ");
  const unknown = unknownScopes(wanted, allowed);
  if (unknown.length > 0) {
    throw oauthError(
      400,
      "invalid_scope",
      `Scope not granted to this client: ${unknown.join(" ")}`,
    );
  }
  return wanted.join(" ");
}

const INVALID_TOKEN = (): SimError =>
  new SimError(text(401, "Invalid or expired token.", "text/plain; charset=utf-8"));

/** Resolves the bearer token or throws Bynder's 401 text/plain reply. */
export function authenticate(env: SimEnv, headers: Headers): TokenRecord {
  const match = /^bearer\s+(.+)$/i.exec(headers.authorization ?? "");
  if (!match) throw INVALID_TOKEN();
  const value = match[1].trim();
  if (safeEqual(value, env.config.permanentToken)) {
    // Permanent tokens carry no scope list and act with the user's full rights.
    return {
      token: value,
      clientId: "permanent",
      scope: ALL_SCOPES.join(" "),
      expiresAt: Number.POSITIVE_INFINITY,
    };
  }
  const record = env.state.tokens.get(value);
  if (!record || record.expiresAt <= env.clock()) throw INVALID_TOKEN();
  return record;
}

export function registerOauth(router: Router): void {
  router.get("/v6/authentication/oauth2/auth", authorize, { public: true });
  router.post("/v6/authentication/oauth2/token", token, { public: true });
  router.get(
    "/v6/authentication/oauth2/scopes",
    () =>
      json(200, {
        groups: [
          {
            name: "Assets",
            scopes: [
              { name: "asset:read", description: "Read assets", anyOfPermissions: ["MEDIAVIEW"] },
              { name: "asset:write", description: "Write assets", anyOfPermissions: ["MEDIAEDIT"] },
            ],
          },
        ],
      }),
    { public: true },
  );
}
