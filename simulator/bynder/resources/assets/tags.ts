import {
  empty,
  fail,
  formBody,
  intParam,
  json,
  jsonField,
  list,
  one,
  type Reply,
} from "../../../core/http";
import { bynderId } from "../../ids";
import { sorter } from "../../../core/paging";
import type { Ctx, Router } from "../../routing";
import type { SimEnv, Tag } from "../../state";

/**
 * Tags are created implicitly when an asset first uses them, as in Bynder. The seeder passes its
 * seeded id generator, so seeded tag ids are the same on every run.
 */
export function ensureTag(env: SimEnv, name: string, newId: () => string = bynderId): Tag {
  for (const t of env.state.tags.values()) if (t.tag === name) return t;
  const tag = { id: newId(), tag: name };
  env.state.tags.set(tag.id, tag);
  return tag;
}

function mediaCount(env: SimEnv, name: string): number {
  let n = 0;
  for (const a of env.state.assets.values()) if (a.tags.includes(name)) n++;
  return n;
}

function listTags(ctx: Ctx): Reply {
  const { env, query: q } = ctx;
  const limit = intParam(q, "limit", 50, { max: 1000 });
  const page = intParam(q, "page", 1);
  const keyword = one(q, "keyword")?.toLowerCase();
  const rows = [...env.state.tags.values()]
    .filter((t) => !keyword || t.tag.toLowerCase().includes(keyword))
    .map((t) => ({ id: t.id, tag: t.tag, mediaCount: mediaCount(env, t.tag) }));
  rows.sort(
    sorter(
      one(q, "orderBy"),
      { tag: (t) => t.tag.toLowerCase(), mediaCount: (t) => t.mediaCount },
      "tag asc",
    ),
  );
  return json(200, rows.slice((page - 1) * limit, page * limit));
}

function getTag(env: SimEnv, id: string): Tag {
  const tag = env.state.tags.get(id);
  if (!tag) throw fail(404, "Tag not found");
  return tag;
}

function assetIds(value: unknown): string[] {
  if (!Array.isArray(value)) throw fail(400, "data must be a JSON array of asset ids");
  return value.map(String);
}

export function registerTags(router: Router): void {
  const r = router.family("asset:read", "asset:write");
  r.get("/api/v4/tags", listTags);
  r.post("/api/v4/tags/:id/media", (ctx) => {
    const tag = getTag(ctx.env, ctx.params.id);
    const ids = assetIds(jsonField(formBody(ctx.headers, ctx.body)));
    for (const id of ids)
      if (!ctx.env.state.assets.has(id)) throw fail(404, `Asset not found: ${id}`);
    for (const id of ids) {
      const asset = ctx.env.state.assets.get(id);
      if (asset && !asset.tags.includes(tag.tag)) {
        asset.tags.push(tag.tag);
        ctx.env.state.assets.modified(asset, ctx.env.clock());
      }
    }
    return json(202, { message: "Accepted", statuscode: 202 });
  });
  r.delete("/api/v4/tags/:id/media", (ctx) => {
    const tag = getTag(ctx.env, ctx.params.id);
    const ids = list(one(ctx.query, "deleteIds"));
    if (ids.length === 0) throw fail(400, "Missing required field: deleteIds");
    for (const id of ids) {
      const asset = ctx.env.state.assets.get(id);
      if (asset?.tags.includes(tag.tag)) {
        asset.tags = asset.tags.filter((t) => t !== tag.tag);
        ctx.env.state.assets.modified(asset, ctx.env.clock());
      }
    }
    return empty(204);
  });
}
