import {
  empty,
  fail,
  flag,
  formBody,
  json,
  jsonBody,
  list,
  mimeOf,
  notFound,
  one,
  parseDate,
  type Reply,
  str,
} from "../../../core/http";
import { listMedia } from "./mediaList";
import { renderAsset } from "./mediaView";
import { getMetaproperty, resolveOptionIds, SELECT_TYPES } from "../metadata/metaproperties";
import type { Ctx, Router } from "../../routing";
import type { Asset, SimEnv } from "../../state";
import { ensureTag } from "./tags";
import { trashEntry, trashOf } from "../trash";

export function getAsset(env: SimEnv, id: string): Asset {
  const asset = env.state.assets.get(id);
  if (!asset) throw notFound();
  return asset;
}

const ACCEPTED = { message: "Accepted", statuscode: 202 };

/** Applies `metaproperty.<id>` fields: replaces that metaproperty's values on the asset. */
export function applyMetaFields(env: SimEnv, asset: Asset, form: Record<string, string>): void {
  for (const [key, value] of Object.entries(form)) {
    if (!key.startsWith("metaproperty.")) continue;
    const mp = env.state.metaproperties.get(key.slice("metaproperty.".length));
    if (!mp) throw fail(400, `Unknown metaproperty in field ${key}`);
    if (SELECT_TYPES.includes(mp.type)) {
      const ids = resolveOptionIds(mp, list(value));
      if (!mp.isMultiselect && ids.length > 1) {
        throw fail(400, `Metaproperty ${mp.name} accepts a single option`);
      }
      asset.meta[mp.id] = ids;
    } else {
      asset.meta[mp.id] = value === "" ? [] : [value];
    }
  }
}

function bool(value: string | undefined): boolean | undefined {
  return flag(value);
}

/** Applies the documented modify fields of POST /api/v4/media/{id}/ to the asset. */
export function applyAssetFields(env: SimEnv, asset: Asset, form: Record<string, string>): void {
  if (form.name !== undefined) asset.name = form.name;
  if (form.description !== undefined) asset.description = form.description;
  if (form.copyright !== undefined) asset.copyright = form.copyright;
  if (form.brandId) asset.brandId = form.brandId;
  if (form.tags !== undefined) {
    asset.tags = list(form.tags);
    for (const t of asset.tags) ensureTag(env, t);
  }
  const published = parseDate(form.datePublished ?? form.ISOPublicationDate, "datePublished");
  if (published !== undefined) asset.datePublished = published;
  // Making an asset public is irreversible on Bynder.
  if (bool(form.isPublic)) asset.isPublic = true;
  const archive = bool(form.archive);
  if (archive !== undefined) asset.archive = archive;
  const limited = bool(form.limited);
  if (limited !== undefined) asset.limited = limited;
  applyMetaFields(env, asset, form);
}

function modifyMedia(ctx: Ctx, id: string | undefined): Reply {
  // Bynder answers 202 to a JSON body and silently changes nothing; so do we.
  if (mimeOf(ctx.headers) === "application/json") {
    if (id) getAsset(ctx.env, id);
    return json(202, ACCEPTED);
  }
  const form = formBody(ctx.headers, ctx.body);
  const asset = getAsset(ctx.env, id ?? form.id ?? "");
  applyAssetFields(ctx.env, asset, form);
  ctx.env.state.assets.modified(asset, ctx.env.clock());
  return json(202, ACCEPTED);
}

function optionsPayload(ctx: Ctx): { assetId: string; mpId: string; optionIds: string[] } {
  const body =
    ctx.body.length > 0
      ? jsonBody(ctx.headers, ctx.body)
      : {
          asset_id: one(ctx.query, "asset_id"),
          metaproperty_id: one(ctx.query, "metaproperty_id"),
          metaproperty_option_ids: list(one(ctx.query, "metaproperty_option_ids")),
        };
  const assetId = str(body.asset_id);
  const mpId = str(body.metaproperty_id);
  const ids = body.metaproperty_option_ids;
  if (!assetId) throw fail(400, "Missing required field: asset_id");
  if (!mpId) throw fail(400, "Missing required field: metaproperty_id");
  if (!Array.isArray(ids) || ids.length === 0) {
    throw fail(400, "Missing required field: metaproperty_option_ids");
  }
  return { assetId, mpId, optionIds: ids.map(String) };
}

function changeOptions(ctx: Ctx, add: boolean): Reply {
  const { assetId, mpId, optionIds } = optionsPayload(ctx);
  const asset = getAsset(ctx.env, assetId);
  const mp = getMetaproperty(ctx.env, mpId);
  const ids = resolveOptionIds(mp, optionIds);
  const current = asset.meta[mp.id] ?? [];
  asset.meta[mp.id] = add
    ? [...current, ...ids.filter((i) => !current.includes(i))]
    : current.filter((i) => !ids.includes(i));
  ctx.env.state.assets.modified(asset, ctx.env.clock());
  return add ? json(201, { message: "Created", statuscode: 201 }) : empty(204);
}

export function registerMedia(router: Router): void {
  const r = router.family("asset:read", "asset:write");
  r.get("/api/v4/media", listMedia);
  // JS and Java SDKs modify with the id in the body.
  r.post("/api/v4/media", (ctx) => modifyMedia(ctx, undefined));
  r.get("/api/v4/media/:id", (ctx) => {
    const asset = getAsset(ctx.env, ctx.params.id);
    const versions = flag(one(ctx.query, "versions")) ?? false;
    const stats = flag(one(ctx.query, "stats")) ?? false;
    asset.views += 1;
    return json(200, renderAsset(ctx.env, asset, { versions, stats }));
  });
  r.post("/api/v4/media/:id", (ctx) => modifyMedia(ctx, ctx.params.id));
  r.delete("/api/v4/media/:id", (ctx) => {
    const removed = getAsset(ctx.env, ctx.params.id);
    trashOf(ctx.env.state).push(trashEntry(ctx.env, removed));
    ctx.env.state.assets.delete(ctx.params.id);
    for (const c of ctx.env.state.collections.values()) {
      c.mediaIds = c.mediaIds.filter((m) => m !== ctx.params.id);
    }
    return empty(204);
  });
  r.post("/api/media/options", (ctx) => changeOptions(ctx, true));
  r.delete("/api/media/options", (ctx) => changeOptions(ctx, false));
}
