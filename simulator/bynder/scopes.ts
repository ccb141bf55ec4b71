import { json, SimError } from "../core/http";

/**
 * Every scope Bynder's OAuth service knows (the getting-started scope table, also listed in
 * /work/shared/reference/bynder-api.md section 1.5). The simulated OAuth app is granted all of
 * them unless `scopes` is passed to startSimulator.
 */
export const ALL_SCOPES = [
  "offline",
  "asset:read",
  "asset:write",
  "asset.usage:read",
  "asset.usage:write",
  "collection:read",
  "collection:write",
  "meta.assetbank:read",
  "meta.assetbank:write",
  "meta.workflow:read",
  "current.user:read",
  "current.profile:read",
  "admin.profile:read",
  "admin.user:read",
  "admin.user:write",
  "workflow.campaign:read",
  "workflow.campaign:write",
  "workflow.job:read",
  "workflow.job:write",
  "workflow.job:approve",
  "workflow.group:read",
  "workflow.group:write",
  "workflow.preset:read",
  "brandstore.order:read",
  "brandstore.order:write",
  "analytics.api:read",
  "antivirus.asset.audit:read",
  "antivirus.asset.audit:write",
  "webhooks.config:read",
  "webhooks.config:write",
];

/** A space-separated scope string as a list (empty entries dropped). */
export function parseScopes(value: string | undefined): string[] {
  return (value ?? "").split(/\s+/).filter((s) => s.length > 0);
}

/** Scopes in `requested` that are not in `allowed`. */
export function unknownScopes(requested: string[], allowed: readonly string[]): string[] {
  return requested.filter((s) => !allowed.includes(s));
}

/**
 * Throws Bynder's 403 when the token holds none of `required` (`[]` = any token will do).
 * /api/v4 spells the envelope `{message:"Access denied", statuscode}` (asset-v4 and
 * collections-v4 OpenAPI); brandstore uses `status_code`.
 */
export function requireScope(granted: string, required: string[], path: string): void {
  if (required.length === 0) return;
  const have = parseScopes(granted);
  if (required.some((s) => have.includes(s))) return;
  const body = path.startsWith("/api/store/")
    ? { message: "Access denied", status_code: 403 }
    : { message: "Access denied", statuscode: 403 };
  throw new SimError(json(403, body));
}
