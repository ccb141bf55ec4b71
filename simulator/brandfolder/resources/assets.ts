import { fail, json, jsonBody } from "../../core/http";
import { reach } from "../access";
import { listReply, oneReply } from "../jsonapi";
import { type Ctx, type Router, userOf, V4 } from "../routing";
import {
  type Asset,
  type BfState,
  type Collection,
  newId,
  type Section,
  type SimEnv,
} from "../state";
import { importAttachment } from "./uploads";
import { assetChanged } from "../events";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const MIME: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  pdf: "application/pdf",
  mp4: "video/mp4",
  svg: "image/svg+xml",
};

/**
 * Attachments from URLs: the file name comes from `filename` or the URL's last segment; the
 * simulator imports only its own storage's objects and loopback URLs (see importAttachment).
 */
function addAttachments(env: SimEnv, assetId: string, raw: unknown, at: string): void {
  const s = env.state;
  if (raw === undefined) return;
  if (!Array.isArray(raw)) throw fail(400, `${at} must be an array of {url, filename?}`);
  const parsed = raw.map((item, i) => {
    const url = isObj(item) ? item.url : undefined;
    if (typeof url !== "string" || !/^https?:\/\/[^/]+/i.test(url)) {
      throw fail(400, `${at}[${i}].url must be an http(s) URL`);
    }
    const named = isObj(item) && typeof item.filename === "string" ? item.filename : undefined;
    const name =
      named ?? (decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "") || "file");
    return { url, name };
  });
  const position = [...s.attachments.values()].filter((t) => t.assetId === assetId).length;
  parsed.forEach(({ url, name: filename }, i) => {
    const extension = filename.includes(".") ? filename.split(".").pop()!.toLowerCase() : "";
    const id = newId(s);
    const mimetype = MIME[extension] ?? "application/octet-stream";
    s.attachments.set(id, {
      id,
      assetId,
      filename,
      mimetype,
      extension,
      size: 0,
      width: 0,
      height: 0,
      position: position + i,
    });
    importAttachment(env, id, url);
  });
}

/** name, description and approved from `attrs`, checked; `at` names the place. */
function assetFields(attrs: Obj, at: string): Partial<Asset> {
  const out: Partial<Asset> = {};
  for (const field of ["name", "description"] as const) {
    if (attrs[field] === undefined) continue;
    if (typeof attrs[field] !== "string") throw fail(400, `${at}.${field} must be a string`);
    out[field] = attrs[field] as string;
  }
  if (attrs.approved !== undefined) {
    if (typeof attrs.approved !== "boolean")
      throw fail(400, `${at}.approved must be true or false`);
    out.approved = attrs.approved;
  }
  return out;
}

/** POST assets into a Brandfolder or a collection: `attributes` is an array, `section_key` required. */
function createAssets(parentKind: "brandfolders" | "collections") {
  return (ctx: Ctx) => {
    const s = ctx.env.state;
    const parent = reach<{ id: string; brandfolderId?: string }>(
      s,
      userOf(ctx),
      parentKind,
      ctx.params.id,
      "collaborator",
    );
    const brandfolderId =
      parentKind === "collections" ? (parent as Collection).brandfolderId : parent.id;
    const body = jsonBody(ctx.headers, ctx.body);
    const sectionKey = body.section_key;
    if (typeof sectionKey !== "string" || sectionKey === "")
      throw fail(400, "section_key is required");
    const section = s.sections.get(sectionKey) as Section | undefined;
    if (!section || section.brandfolderId !== brandfolderId) {
      throw fail(400, `section_key ${sectionKey} is not a section of Brandfolder ${brandfolderId}`);
    }
    const list = isObj(body.data) ? body.data.attributes : undefined;
    if (!Array.isArray(list) || list.length === 0) {
      throw fail(400, "data.attributes must be a non-empty array of assets");
    }
    // Checked before anything is made; no idempotency, as Brandfolder: a retry makes a second asset.
    const parsed = list.map((raw, i) => {
      if (!isObj(raw)) throw fail(400, `data.attributes[${i}] must be an object`);
      return { fields: assetFields(raw, `data.attributes[${i}]`), attachments: raw.attachments };
    });
    const now = ctx.env.clock();
    const made = parsed.map(({ fields, attachments }, i) => {
      const id = newId(s);
      const asset: Asset = {
        id,
        brandfolderId,
        sectionId: section.id,
        name: fields.name ?? "Untitled",
        description: fields.description ?? "",
        approved: fields.approved ?? false,
        createdAt: now,
        updatedAt: now,
        collectionIds: parentKind === "collections" ? [parent.id] : [],
        labelIds: [],
      };
      s.assets.set(id, asset);
      addAttachments(ctx.env, id, attachments, `data.attributes[${i}].attachments`);
      return id;
    });
    for (const id of made) assetChanged(s, "asset.create", s.assets.get(id)!);
    return listReply(ctx.env, "assets", made, {});
  };
}

function updateAsset(ctx: Ctx) {
  const s = ctx.env.state;
  const asset = reach<Asset>(s, userOf(ctx), "assets", ctx.params.id, "collaborator");
  const data = jsonBody(ctx.headers, ctx.body).data;
  const attrs = isObj(data) ? data.attributes : undefined;
  if (!isObj(attrs)) throw fail(400, "data.attributes must be an object");
  Object.assign(asset, assetFields(attrs, "data.attributes"), { updatedAt: ctx.env.clock() });
  // Attachments are added, never replaced.
  addAttachments(ctx.env, asset.id, attrs.attachments, "data.attributes.attachments");
  assetChanged(s, "asset.update", asset);
  return oneReply(ctx.env, "assets", asset.id, ctx.query);
}

function deleteAsset(ctx: Ctx) {
  const s = ctx.env.state;
  const asset = reach<Asset>(s, userOf(ctx), "assets", ctx.params.id, "collaborator");
  for (const map of [s.attachments, s.tags, s.customFieldValues] as Map<
    string,
    { id: string; assetId: string }
  >[]) {
    for (const x of [...map.values()]) {
      if (x.assetId === asset.id) {
        map.delete(x.id);
        s.deleted.add(x.id);
      }
    }
  }
  s.assets.delete(asset.id);
  s.deleted.add(asset.id);
  assetChanged(s, "asset.delete", asset);
  return json(200, {});
}

const tagIdsOf = (s: BfState, assetId: string) =>
  [...s.tags.values()].filter((t) => t.assetId === assetId).map((t) => t.id);

function addTags(ctx: Ctx) {
  const s = ctx.env.state;
  const asset = reach<Asset>(s, userOf(ctx), "assets", ctx.params.id, "collaborator");
  const data = jsonBody(ctx.headers, ctx.body).data;
  const list = isObj(data) ? data.attributes : undefined;
  if (!Array.isArray(list) || list.length === 0)
    throw fail(400, "data.attributes must be a non-empty array of {name}");
  const names = list.map((t, i) => {
    const name = isObj(t) ? t.name : undefined;
    if (typeof name !== "string" || name.trim() === "")
      throw fail(400, `data.attributes[${i}].name must be a non-empty string`);
    return name;
  });
  const have = new Set(tagIdsOf(s, asset.id).map((id) => s.tags.get(id)!.name));
  for (const name of names) {
    if (have.has(name)) continue;
    have.add(name);
    const id = newId(s);
    s.tags.set(id, { id, assetId: asset.id, name, autoGenerated: false });
  }
  assetChanged(s, "asset.update", asset);
  // Brandfolder answers every tag of the asset.
  return listReply(ctx.env, "tags", tagIdsOf(s, asset.id), {});
}

function updateTag(ctx: Ctx) {
  const s = ctx.env.state;
  const tag = reach<{ id: string; name: string }>(
    s,
    userOf(ctx),
    "tags",
    ctx.params.id,
    "collaborator",
  );
  const data = jsonBody(ctx.headers, ctx.body).data;
  const name = isObj(data) && isObj(data.attributes) ? data.attributes.name : undefined;
  if (typeof name !== "string" || name.trim() === "")
    throw fail(400, "data.attributes.name must be a non-empty string");
  tag.name = name;
  return oneReply(ctx.env, "tags", tag.id, {});
}

/**
 * Asynchronous in Brandfolder: the removal is queued and answered `{}` at once; the tags go
 * `tagRemovalMs` later on the simulator's clock (see settleTagRemovals).
 */
function removeTags(ctx: Ctx) {
  const s = ctx.env.state;
  const asset = reach<Asset>(s, userOf(ctx), "assets", ctx.params.key, "collaborator");
  const { tags } = jsonBody(ctx.headers, ctx.body);
  if (!Array.isArray(tags) || tags.length === 0 || tags.some((t) => typeof t !== "string")) {
    throw fail(400, "tags must be a non-empty array of tag names");
  }
  s.tagRemovals.push({
    assetId: asset.id,
    names: tags as string[],
    dueAt: ctx.env.clock() + ctx.env.config.tagRemovalMs,
  });
  return json(200, {});
}

/** Runs the queued tag removals that are due: by name, as the job would when it runs. */
export function settleTagRemovals(s: BfState, now: number): void {
  if (s.tagRemovals.length === 0) return;
  const due = s.tagRemovals.filter((r) => r.dueAt <= now);
  if (due.length === 0) return;
  s.tagRemovals = s.tagRemovals.filter((r) => r.dueAt > now);
  for (const { assetId, names } of due) {
    for (const id of tagIdsOf(s, assetId)) {
      if (names.includes(s.tags.get(id)!.name)) {
        s.tags.delete(id);
        s.deleted.add(id);
      }
    }
  }
}

/** Asset creates, updates and deletes, and tag writes. */
export function registerAssetWrites(router: Router): void {
  router
    .post(`${V4}/brandfolders/:id/assets`, createAssets("brandfolders"))
    .post(`${V4}/collections/:id/assets`, createAssets("collections"))
    .put(`${V4}/assets/:id`, updateAsset)
    .delete(`${V4}/assets/:id`, deleteAsset)
    .post(`${V4}/assets/:id/tags`, addTags)
    .put(`${V4}/tags/:id`, updateTag)
    .delete(`${V4}/async/tags/assets/:key`, removeTags);
}
