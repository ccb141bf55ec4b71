import { createHmac, timingSafeEqual } from "node:crypto";
import { bytes, fail, flag, json, one, type Reply, SimError, text } from "../../../core/http";
import { IMAGE_MIME, type ImageFormat, mimeForFile, tinyImage } from "../../images";
import { getAsset } from "./media";
import { activeOriginal } from "./mediaView";
import type { Ctx, Router } from "../../routing";
import type { Asset, MediaItem, SimEnv } from "../../state";

const URL_TTL_SECONDS = 3600;

function sign(env: SimEnv, itemId: string, expires: number): string {
  return createHmac("sha256", env.config.secret).update(`${itemId}:${expires}`).digest("hex");
}

/** A pre-signed, time-limited URL for one media item; fetched without a bearer token. */
export function presignedUrl(env: SimEnv, asset: Asset, item: MediaItem): string {
  const expires = Math.floor(env.clock() / 1000) + URL_TTL_SECONDS;
  const name = encodeURIComponent(item.fileName);
  return `${env.baseUrl}/s3-files/${asset.id}/${item.id}/${name}?expires=${expires}&signature=${sign(env, item.id, expires)}`;
}

/** RFC 6266: a Latin-1 fallback plus `filename*` in UTF-8, so a header can carry any name. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function s3Error(status: number, code: string, message: string): SimError {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return new SimError(text(status, xml, "application/xml"));
}

function downloadReply(ctx: Ctx, asset: Asset, item: MediaItem | undefined): Reply {
  if (!item) throw fail(404, "Original file not available");
  asset.downloads += 1;
  const body: Record<string, unknown> = { s3_file: presignedUrl(ctx.env, asset, item) };
  // Limited-use assets come with the account's usage disclaimer.
  if (asset.limited) body.disclaimer = "<p>This asset has limited usage rights.</p>";
  return json(200, body);
}

function serveSigned(ctx: Ctx): Reply {
  const expires = Number(one(ctx.query, "expires"));
  const signature = one(ctx.query, "signature") ?? "";
  const expected = sign(ctx.env, ctx.params.itemId, expires);
  const ok =
    signature.length === expected.length &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  if (!ok) throw s3Error(403, "SignatureDoesNotMatch", "The request signature does not match.");
  if (expires * 1000 < ctx.env.clock()) throw s3Error(403, "AccessDenied", "Request has expired");
  const asset = ctx.env.state.assets.get(ctx.params.assetId);
  const item = asset?.items.find((i) => i.id === ctx.params.itemId);
  if (!item) throw s3Error(404, "NoSuchKey", "The specified key does not exist.");
  return bytes(200, item.content, mimeForFile(item.fileName), {
    "content-disposition": contentDisposition(item.fileName),
    etag: `"${item.id}"`,
  });
}

const DAT_OPERATIONS = [
  "background",
  "crop",
  "extend",
  "fill",
  "fit",
  "flip",
  "mirror",
  "rotate",
  "scale",
];

function transform(ctx: Ctx): Reply {
  if (!ctx.env.state.assets.has(ctx.params.id)) throw fail(404, "Not found");
  const rawFormat = (one(ctx.query, "format") ?? "webp").toLowerCase();
  const format = (rawFormat === "jpeg" ? "jpg" : rawFormat) as ImageFormat;
  if (!(format in IMAGE_MIME)) throw fail(400, `Unsupported format: ${rawFormat}`);
  const quality = one(ctx.query, "quality");
  if (quality !== undefined && !/^(100|[1-9]\d?)$/.test(quality)) {
    throw fail(400, "quality must be an integer between 1 and 100");
  }
  const ios = ctx.query.io === undefined ? [] : ([] as string[]).concat(ctx.query.io);
  for (const io of ios) {
    const op = /^transform:([a-z]+)/.exec(io)?.[1];
    if (!op || !DAT_OPERATIONS.includes(op)) throw fail(400, `Unsupported operation: ${io}`);
  }
  const focus = one(ctx.query, "focuspoint");
  if (focus !== undefined && !/^(0(\.\d+)?|1(\.0+)?),(0(\.\d+)?|1(\.0+)?)$/.test(focus)) {
    throw fail(400, "focuspoint must be two numbers between 0 and 1");
  }
  return bytes(200, tinyImage(format), IMAGE_MIME[format], {
    "cache-control": "public, max-age=300",
  });
}

export function registerDownloads(router: Router): void {
  const r = router.family("asset:read", "asset:write");
  r.get("/api/v4/media/:id/download", (ctx) => {
    const asset = getAsset(ctx.env, ctx.params.id);
    const type = one(ctx.query, "type") ?? "original";
    if (type === "original") return downloadReply(ctx, asset, activeOriginal(asset));
    if (type === "additional") {
      const extra = asset.items.filter((i) => i.type === "additional");
      return downloadReply(ctx, asset, extra[extra.length - 1]);
    }
    throw fail(400, "Invalid type");
  });
  r.get("/api/v4/media/:id/download/:itemId", (ctx) => {
    const asset = getAsset(ctx.env, ctx.params.id);
    const hashed = flag(one(ctx.query, "hash")) ?? false;
    const item = asset.items.find((i) => (hashed ? i.idHash : i.id) === ctx.params.itemId);
    return downloadReply(ctx, asset, item);
  });
  r.get("/api/v4/media/:id/:version/download", (ctx) => {
    const asset = getAsset(ctx.env, ctx.params.id);
    const version = Number(ctx.params.version);
    const item = asset.items.find((i) => i.type === "original" && i.version === version);
    return downloadReply(ctx, asset, item);
  });
  router.get("/s3-files/:assetId/:itemId/:fileName", serveSigned, { public: true });
  router.get("/transform/:id/:name", transform, { public: true });
  // Public assets expose a stable `original` URL.
  router.get(
    "/m/:idHash/original/:fileName",
    (ctx) => {
      const asset = [...ctx.env.state.assets.values()].find((a) => a.idHash === ctx.params.idHash);
      const item = asset?.isPublic ? activeOriginal(asset) : undefined;
      if (!item) throw fail(404, "Not found");
      return bytes(200, item.content, mimeForFile(item.fileName));
    },
    { public: true },
  );
}
