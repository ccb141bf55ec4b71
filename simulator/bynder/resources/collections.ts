import {
  empty,
  fail,
  flag,
  formBody,
  intParam,
  json,
  jsonField,
  list,
  one,
  parseDate,
  type Reply,
  requireFields,
} from "../../core/http";
import { md5Hex } from "../../core/ids";
import { bynderId, legacyDate } from "../ids";
import { sorter } from "../../core/paging";
import { thumbnailUrls } from "./assets/mediaView";
import type { Ctx, Router } from "../routing";
import type { Collection, SimEnv } from "../state";

export function getCollection(env: SimEnv, id: string): Collection {
  const c = env.state.collections.get(id);
  if (!c) throw fail(404, "Collection not found");
  return c;
}

function userRef(env: SimEnv, userId: string): { id: string; name: string } {
  const u = env.state.users.get(userId);
  return { id: userId, name: u ? `${u.firstname} ${u.lastname}` : "Unknown user" };
}

function cover(env: SimEnv, c: Collection): Record<string, unknown> {
  const coverId = c.thumbnailAssetId ?? c.mediaIds[0];
  const asset = coverId ? env.state.assets.get(coverId) : undefined;
  if (!asset) return { thumbnail: "", thumbnails: [], large: "" };
  const t = thumbnailUrls(env, asset);
  return { thumbnail: t.thul, thumbnails: [t.mini, t.thul, t.webimage], large: t.webimage };
}

export function renderCollection(env: SimEnv, c: Collection): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    isPublic: c.isPublic,
    userId: c.userId,
    user: userRef(env, c.userId),
    filename: c.name.toLowerCase().replace(/[^a-z0-9]+/g, "_"),
    collectionCount: c.mediaIds.length,
    dateCreated: legacyDate(c.dateCreated),
    dateModified: legacyDate(c.dateModified),
    cover: cover(env, c),
    IDHash: c.idHash,
    sharedWith: c.shares.flatMap((s) => [...s.recipients, ...s.groups, ...s.profiles]),
  };
}

function listCollections(ctx: Ctx): Reply {
  const { env, query: q } = ctx;
  const limit = intParam(q, "limit", 50, { max: 1000 });
  const page = intParam(q, "page", 1);
  const keyword = one(q, "keyword")?.toLowerCase();
  const ids = list(one(q, "ids"));
  const isPublic = flag(one(q, "isPublic"));
  const minCount = Number(one(q, "minCount") ?? 0);
  const matched = [...env.state.collections.values()].filter(
    (c) =>
      (!keyword ||
        c.name.toLowerCase().includes(keyword) ||
        c.description.toLowerCase().includes(keyword)) &&
      (ids.length === 0 || ids.includes(c.id)) &&
      (isPublic === undefined || c.isPublic === isPublic) &&
      c.mediaIds.length >= minCount,
  );
  matched.sort(
    sorter(
      one(q, "orderBy"),
      {
        dateCreated: (c) => c.dateCreated,
        dateModified: (c) => c.dateModified,
        name: (c) => c.name.toLowerCase(),
      },
      "dateCreated desc",
    ),
  );
  const rows = matched.slice((page - 1) * limit, page * limit).map((c) => renderCollection(env, c));
  if (flag(one(q, "count"))) return json(200, { collections: rows, count: matched.length });
  return json(200, rows);
}

function createCollection(ctx: Ctx): Reply {
  const form = formBody(ctx.headers, ctx.body);
  if (!form.name) throw fail(400, "Collection name can't be empty");
  const now = ctx.env.clock();
  const id = bynderId();
  ctx.env.state.collections.set(id, {
    id,
    idHash: md5Hex(id).slice(0, 16),
    name: form.name,
    description: form.description ?? "",
    isPublic: flag(form.isPublic) ?? false,
    userId: ctx.env.state.currentUserId,
    dateCreated: now,
    dateModified: now,
    mediaIds: [],
    shares: [],
    views: 0,
  });
  // The body carries no id: only the Location header says which collection was created.
  return json(
    201,
    { message: "Created", statuscode: 201 },
    { location: `${ctx.env.baseUrl}/api/v4/collections/${id}/` },
  );
}

function modifyCollection(ctx: Ctx): Reply {
  const c = getCollection(ctx.env, ctx.params.id);
  const form = formBody(ctx.headers, ctx.body);
  if (form.name !== undefined) {
    if (form.name === "") throw fail(400, "Collection name can't be empty");
    c.name = form.name;
  }
  if (form.description !== undefined) c.description = form.description;
  const isPublic = flag(form.isPublic);
  if (isPublic !== undefined) c.isPublic = isPublic;
  if (form.thumbnailAssetId) c.thumbnailAssetId = form.thumbnailAssetId;
  c.dateModified = ctx.env.clock();
  return json(201, { message: "Created", statuscode: 201 });
}

function shareCollection(ctx: Ctx): Reply {
  const c = getCollection(ctx.env, ctx.params.id);
  const form = formBody(ctx.headers, ctx.body);
  requireFields(form, ["collectionOptions"]);
  if (!["view", "edit", "readOnly", "readAccess"].includes(form.collectionOptions)) {
    throw fail(400, "collectionOptions must be one of view, edit, readOnly, readAccess");
  }
  const recipients = list(form.recipients);
  const groups = list(form.groups);
  const profiles = list(form.profiles);
  if (recipients.length + groups.length + profiles.length === 0) {
    throw fail(400, "Recipients, groups or profiles must contain at least one value");
  }
  for (const r of recipients)
    if (!/^[^@\s]+@[^@\s]+$/.test(r)) throw fail(400, `Invalid recipient: ${r}`);
  parseDate(form.dateStart, "dateStart");
  parseDate(form.dateEnd, "dateEnd");
  c.shares.push({
    recipients,
    groups,
    profiles,
    collectionOptions: form.collectionOptions,
    loginRequired: flag(form.loginRequired) ?? false,
    sendMail: flag(form.sendMail) ?? false,
    message: form.message ?? "",
    dateStart: form.dateStart,
    dateEnd: form.dateEnd,
  });
  return json(202, { message: "Accepted", statuscode: 202 });
}

function addMedia(ctx: Ctx): Reply {
  const c = getCollection(ctx.env, ctx.params.id);
  const data = jsonField(formBody(ctx.headers, ctx.body));
  if (!Array.isArray(data)) throw fail(400, "data must be a JSON array of asset ids");
  for (const id of data.map(String)) {
    if (!ctx.env.state.assets.has(id)) throw fail(404, `Asset not found: ${id}`);
    if (!c.mediaIds.includes(id)) c.mediaIds.push(id);
  }
  c.dateModified = ctx.env.clock();
  return json(202, { message: "Accepted", statuscode: 202 });
}

export function registerCollections(router: Router): void {
  const r = router.family("collection:read", "collection:write");
  r.get("/api/v4/collections", listCollections);
  r.post("/api/v4/collections", createCollection);
  r.get("/api/v4/collections/:id", (ctx) => {
    const c = getCollection(ctx.env, ctx.params.id);
    c.views += 1;
    return json(200, {
      ...renderCollection(ctx.env, c),
      thumbnail: (cover(ctx.env, c).thumbnail as string) ?? "",
      link: `${ctx.env.baseUrl}/collections/view/${c.id}/`,
      views: c.views,
    });
  });
  r.post("/api/v4/collections/:id", modifyCollection);
  r.delete("/api/v4/collections/:id", (ctx) => {
    getCollection(ctx.env, ctx.params.id);
    ctx.env.state.collections.delete(ctx.params.id);
    return empty(204);
  });
  r.post("/api/v4/collections/:id/share", shareCollection);
  r.get("/api/v4/collections/:id/media", (ctx) =>
    json(200, [...getCollection(ctx.env, ctx.params.id).mediaIds]),
  );
  r.post("/api/v4/collections/:id/media", addMedia);
  r.delete("/api/v4/collections/:id/media", (ctx) => {
    const c = getCollection(ctx.env, ctx.params.id);
    const ids = list(one(ctx.query, "deleteIds"));
    if (ids.length === 0) throw fail(400, "Missing required field: deleteIds");
    c.mediaIds = c.mediaIds.filter((m) => !ids.includes(m));
    c.dateModified = ctx.env.clock();
    return empty(204);
  });
}
