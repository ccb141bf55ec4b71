import {
  empty,
  fail,
  formBody,
  json,
  jsonBody,
  one,
  type Reply,
  SimError,
  str,
} from "../../core/http";
import { isoDate, uuid } from "../../core/ids";
import type { Ctx, Router } from "../routing";
import type { AssetUsage, SimEnv } from "../state";

/** asset-usage-v4 OpenAPI: a 400 names the offending field, `{"asset_id": "…"}`. */
function fieldError(field: string, message: string): SimError {
  return new SimError(json(400, { [field]: message }));
}

function required(source: Record<string, unknown>, field: string): string {
  const value = str(source[field])?.trim();
  if (!value) throw fieldError(field, "This field is required.");
  return value;
}

function existingAsset(env: SimEnv, assetId: string): string {
  if (!env.state.assets.has(assetId)) throw fieldError("asset_id", "Asset not found.");
  return assetId;
}

export function renderUsage(u: AssetUsage): Record<string, unknown> {
  return {
    id: u.id,
    asset_id: u.assetId,
    uri: u.uri,
    additional: u.additional,
    timestamp: u.timestamp,
    integration: { id: u.integrationId, description: `Integration ${u.integrationId}` },
  };
}

const sameSpot = (u: AssetUsage, integrationId: string, assetId: string, uri: string) =>
  u.integrationId === integrationId && u.assetId === assetId && u.uri === uri;

/** One usage per integration, asset and URI: recording it again updates it. */
function upsert(
  env: SimEnv,
  fields: { integrationId: string; assetId: string; uri: string; additional: string },
  timestamp: string,
): { usage: AssetUsage; created: boolean } {
  const { integrationId, assetId, uri } = fields;
  const found = [...env.state.assetUsages.values()].find((u) =>
    sameSpot(u, integrationId, assetId, uri),
  );
  if (found) {
    Object.assign(found, { additional: fields.additional, timestamp });
    return { usage: found, created: false };
  }
  const usage: AssetUsage = { id: uuid(), ...fields, timestamp };
  env.state.assetUsages.set(usage.id, usage);
  return { usage, created: true };
}

function createUsage(ctx: Ctx): Reply {
  const form = formBody(ctx.headers, ctx.body);
  const integrationId = required(form, "integration_id");
  const assetId = existingAsset(ctx.env, required(form, "asset_id"));
  const uri = required(form, "uri");
  let timestamp = isoDate(ctx.env.clock());
  if (form.timestamp) {
    const ms = Date.parse(form.timestamp);
    if (Number.isNaN(ms)) throw fieldError("timestamp", "Datetime must be ISO 8601.");
    timestamp = isoDate(ms);
  }
  const fields = { integrationId, assetId, uri, additional: form.additional ?? "" };
  return json(200, renderUsage(upsert(ctx.env, fields, timestamp).usage));
}

function listUsage(ctx: Ctx): Reply {
  const assetId = required({ asset_id: one(ctx.query, "asset_id") }, "asset_id");
  const integrationId = one(ctx.query, "integration_id");
  const uri = one(ctx.query, "uri");
  const rows = [...ctx.env.state.assetUsages.values()].filter(
    (u) =>
      u.assetId === assetId &&
      (!integrationId || u.integrationId === integrationId) &&
      (!uri || u.uri === uri),
  );
  return json(200, rows.map(renderUsage));
}

/**
 * The OpenAPI and the official SDKs send the fields in the query. Bynder does not read a body on
 * this DELETE, so a client sending one would delete nothing: refused with a 400 that says so.
 */
function deleteUsage(ctx: Ctx): Reply {
  if (ctx.body.length > 0)
    throw fail(
      400,
      "DELETE /api/media/usage reads integration_id, asset_id and uri from the query string; the request body is not read.",
    );
  const fields: Record<string, unknown> = {};
  for (const key of ["integration_id", "asset_id", "uri"]) fields[key] = one(ctx.query, key);
  const integrationId = required(fields, "integration_id");
  const assetId = required(fields, "asset_id");
  const uri = str(fields.uri);
  for (const [id, u] of ctx.env.state.assetUsages) {
    if (u.integrationId === integrationId && u.assetId === assetId && (!uri || u.uri === uri))
      ctx.env.state.assetUsages.delete(id);
  }
  // Deleting a usage that is not there is not an error: the end state is the same.
  return empty(204);
}

/** Replaces every usage the integration recorded at `uris` with `usages`. */
function syncUsage(ctx: Ctx): Reply {
  const body = jsonBody(ctx.headers, ctx.body);
  const integrationId = required(body, "integration_id");
  if (body.uris !== undefined && !Array.isArray(body.uris))
    throw fieldError("uris", "Must be a list of URIs.");
  if (body.usages !== undefined && !Array.isArray(body.usages))
    throw fieldError("usages", "Must be a list of usages.");
  const uris = ((body.uris as unknown[]) ?? []).map(String);
  const accepted: Record<string, unknown>[] = [];
  const fresh: Record<string, unknown>[] = [];
  const rejected: Record<string, unknown>[] = [];
  const kept = new Set<string>();
  const now = isoDate(ctx.env.clock());
  for (const raw of (body.usages as unknown[]) ?? []) {
    const item = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const assetId = str(item.asset_id) ?? "";
    const uri = str(item.uri) ?? "";
    const reason = !assetId
      ? "asset_id is required"
      : !ctx.env.state.assets.has(assetId)
        ? "asset not found"
        : !uri
          ? "uri is required"
          : undefined;
    if (reason) {
      rejected.push({ asset_id: assetId, uri, reason });
      continue;
    }
    const additional = str(item.additional) ?? "";
    const { usage, created } = upsert(ctx.env, { integrationId, assetId, uri, additional }, now);
    kept.add(usage.id);
    accepted.push({ asset_id: assetId, uri, additional });
    if (created) fresh.push(renderUsage(usage));
  }
  const removed: Record<string, unknown>[] = [];
  for (const [id, u] of ctx.env.state.assetUsages) {
    if (u.integrationId === integrationId && uris.includes(u.uri) && !kept.has(id)) {
      ctx.env.state.assetUsages.delete(id);
      removed.push({ asset_id: u.assetId, uri: u.uri });
    }
  }
  return json(200, { accepted, new: fresh, rejected, removed });
}

export function registerAssetUsage(router: Router): void {
  const r = router.family("asset.usage:read", "asset.usage:write");
  r.get("/api/media/usage", listUsage);
  r.post("/api/media/usage", createUsage);
  r.delete("/api/media/usage", deleteUsage);
  r.post("/api/media/usage/sync", syncUsage);
}
