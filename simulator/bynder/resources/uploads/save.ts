import { fail, formBody, json, type Reply } from "../../../core/http";
import { md5Hex } from "../../../core/ids";
import { bynderId } from "../../ids";
import { extensionOf, typeForExtension } from "../../images";
import { applyAssetFields, getAsset } from "../assets/media";
import type { Ctx, Router } from "../../routing";
import type { Asset, ImportJob, MediaItem, SimEnv } from "../../state";
import { assembleS3 } from "./legacy";

/** Reads width/height from a PNG header; other formats get a plausible default. */
function dimensions(content: Buffer, type: Asset["type"]): { width: number; height: number } {
  if (content.length >= 24 && content.subarray(1, 4).toString("latin1") === "PNG") {
    return { width: content.readUInt32BE(16), height: content.readUInt32BE(20) };
  }
  return type === "image" || type === "video"
    ? { width: 1920, height: 1080 }
    : { width: 0, height: 0 };
}

export function newItem(
  env: SimEnv,
  type: MediaItem["type"],
  version: number,
  fileName: string,
  content: Buffer,
): MediaItem {
  const id = bynderId();
  return {
    id,
    idHash: md5Hex(id).slice(0, 16),
    type,
    version,
    fileName,
    active: true,
    dateCreated: env.clock(),
    content,
  };
}

/** A finalised import that is converted and may be saved; throws Bynder's poll/404/500 replies. */
function readyImport(env: SimEnv, importId: string | undefined): ImportJob {
  if (!importId) throw fail(400, "No importid provided");
  const job = env.state.imports.get(importId);
  if (!job) throw fail(404, "Import ID not found");
  const converted = env.clock() - job.finalisedAt >= (job.convertMs ?? env.config.processingMs);
  if (!converted) throw fail(303, "Import not converted yet, please poll");
  if (job.outcome !== "done") throw fail(500, "Upload failed or not ready");
  return job;
}

function mediaItems(env: SimEnv, asset: Asset, item: MediaItem) {
  const base = `final/${asset.id}`;
  return [
    {
      original: `${base}/${item.fileName}`,
      destination: `${env.baseUrl}/m/${asset.idHash}/original/${item.fileName}`,
    },
    {
      original: `${base}/thul-${item.fileName}`,
      destination: `${env.baseUrl}/transform/${asset.id}/thul`,
    },
    {
      original: `${base}/mini-${item.fileName}`,
      destination: `${env.baseUrl}/transform/${asset.id}/mini`,
    },
  ];
}

function brandExists(env: SimEnv, brandId: string): boolean {
  return env.state.brands.some(
    (b) => b.id === brandId || b.subBrands.some((s) => s.id === brandId),
  );
}

function saveNew(ctx: Ctx): Reply {
  const form = formBody(ctx.headers, ctx.body);
  const job = readyImport(ctx.env, ctx.params.importId ?? form.importId);
  const brandId = form.brandId ?? form.brandid;
  if (!brandId) throw fail(400, "No brandid provided");
  if (!brandExists(ctx.env, brandId)) throw fail(400, `Invalid brandId: ${brandId}`);
  const now = ctx.env.clock();
  const ext = extensionOf(job.fileName);
  const type = typeForExtension(ext);
  const id = bynderId();
  const item = newItem(ctx.env, "original", 1, job.fileName, job.content);
  const asset: Asset = {
    id,
    idHash: md5Hex(id).slice(0, 16),
    name: job.fileName.replace(/\.[^.]+$/, ""),
    description: "",
    copyright: "",
    brandId,
    subBrandId: "",
    type,
    extension: ext,
    ...dimensions(job.content, type),
    dateCreated: now,
    dateModified: now,
    datePublished: now,
    tags: [],
    isPublic: false,
    archive: false,
    limited: false,
    watermarked: false,
    userCreated: ctx.env.state.currentUserId,
    meta: {},
    items: [item],
    views: 0,
    downloads: 0,
  };
  applyAssetFields(ctx.env, asset, { ...form, brandId });
  ctx.env.state.assets.set(id, asset);
  ctx.env.state.imports.delete(job.importId);
  return json(201, {
    mediaid: id,
    batchId: bynderId(),
    success: true,
    mediaitems: mediaItems(ctx.env, asset, item),
  });
}

function saveVersion(ctx: Ctx): Reply {
  const asset = getAsset(ctx.env, ctx.params.id);
  const form = formBody(ctx.headers, ctx.body);
  const job = readyImport(ctx.env, ctx.params.importId ?? form.importId);
  const originals = asset.items.filter((i) => i.type === "original");
  for (const i of originals) i.active = false;
  const version = Math.max(0, ...originals.map((i) => i.version)) + 1;
  const item = newItem(ctx.env, "original", version, job.fileName, job.content);
  asset.items.push(item);
  asset.extension = extensionOf(job.fileName) || asset.extension;
  ctx.env.state.assets.modified(asset, ctx.env.clock());
  ctx.env.state.imports.delete(job.importId);
  // asset-upload OpenAPI: a version save answers the same {original, destination} list as a new asset.
  return json(201, {
    mediaid: asset.id,
    batchId: bynderId(),
    success: true,
    mediaitems: mediaItems(ctx.env, asset, item),
  });
}

/** Finalise-as-additional replaces finalise/poll/save; accepts a legacy upload id or a v7 file id. */
function saveAdditional(ctx: Ctx): Reply {
  const asset = getAsset(ctx.env, ctx.params.id);
  const form = formBody(ctx.headers, ctx.body);
  const uploadId = ctx.params.uploadId ?? form.uploadId;
  let content: Buffer | undefined;
  let fileName: string;
  const legacy = uploadId ? ctx.env.state.legacyUploads.get(uploadId) : undefined;
  if (legacy) {
    for (const f of ["s3_filename", "chunks"])
      if (!form[f]) throw fail(400, `Missing required field: ${f}`);
    content = assembleS3(ctx.env, form.s3_filename, Number(form.chunks));
    fileName = legacy.fileName;
    if (!content) throw fail(500, "Could not complete upload", { retry: 1, success: false });
  } else {
    const job = readyImport(ctx.env, uploadId);
    content = job.content;
    fileName = job.fileName;
    ctx.env.state.imports.delete(job.importId);
  }
  const count = asset.items.filter((i) => i.type === "additional").length;
  const item = newItem(ctx.env, "additional", count + 1, fileName, content);
  asset.items.push(item);
  ctx.env.state.assets.modified(asset, ctx.env.clock());
  return json(201, {
    itemId: item.id,
    mediaid: asset.id,
    batchId: bynderId(),
    success: true,
    mediaitems: mediaItems(ctx.env, asset, item),
  });
}

/** Must be registered before the generic /api/v4/media/:id routes. */
export function registerUploadSave(router: Router): void {
  // Every upload step needs asset:write, the GET ones included.
  const r = router.family("asset:write", "asset:write");
  r.post("/api/v4/media/save", saveNew);
  r.post("/api/v4/media/save/:importId", saveNew);
  r.post("/api/v4/media/:id/save", saveVersion);
  r.post("/api/v4/media/:id/save/additional/:uploadId", saveAdditional);
  r.post("/api/v4/media/:id/save/:importId", saveVersion);
}
