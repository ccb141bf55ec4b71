import { isoDate } from "../../../core/ids";
import type { Asset, MediaItem, SimEnv } from "../../state";

export function activeOriginal(asset: Asset): MediaItem | undefined {
  return asset.items.find((i) => i.type === "original" && i.active);
}

function orientation(asset: Asset): string {
  if (asset.width === asset.height) return "square";
  return asset.width > asset.height ? "landscape" : "portrait";
}

/** metaproperty name -> rendered values (option names, or the raw text value). */
export function propertyValues(env: SimEnv, asset: Asset): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [mpId, values] of Object.entries(asset.meta)) {
    const mp = env.state.metaproperties.get(mpId);
    if (!mp || values.length === 0) continue;
    if (mp.options.length === 0 && !["select", "select2", "autocomplete"].includes(mp.type)) {
      out[mp.name] = [...values];
      continue;
    }
    out[mp.name] = values
      .map((id) => mp.options.find((o) => o.id === id)?.name)
      .filter((n): n is string => n !== undefined);
  }
  return out;
}

/** Option ids across all select-type metaproperties. */
export function propertyOptionIds(env: SimEnv, asset: Asset): string[] {
  const ids: string[] = [];
  for (const [mpId, values] of Object.entries(asset.meta)) {
    const mp = env.state.metaproperties.get(mpId);
    if (!mp) continue;
    for (const v of values) if (mp.options.some((o) => o.id === v)) ids.push(v);
  }
  return ids;
}

export function thumbnailUrls(env: SimEnv, asset: Asset): Record<string, string> {
  const base = `${env.baseUrl}/transform/${asset.id}`;
  return {
    mini: `${base}/mini?io=transform:fit,width:80&format=png`,
    thul: `${base}/thul?io=transform:fit,width:250&format=png`,
    webimage: `${base}/webimage?io=transform:fit,width:800&format=jpg`,
  };
}

export interface RenderOptions {
  versions?: boolean;
  stats?: boolean;
}

function renderItem(env: SimEnv, asset: Asset, item: MediaItem): Record<string, unknown> {
  return {
    id: item.id,
    type: item.type,
    version: item.version,
    active: item.active ? 1 : 0,
    size: item.content.length,
    fileName: item.fileName,
    dateCreated: isoDate(item.dateCreated),
    width: asset.width,
    height: asset.height,
    thumbnails: thumbnailUrls(env, asset),
  };
}

/** An asset as /api/v4/media returns it. */
export function renderAsset(
  env: SimEnv,
  asset: Asset,
  opts: RenderOptions = {},
): Record<string, unknown> {
  const original = activeOriginal(asset);
  const out: Record<string, unknown> = {
    id: asset.id,
    name: asset.name,
    description: asset.description,
    copyright: asset.copyright,
    brandId: asset.brandId,
    subBrandId: asset.subBrandId,
    type: asset.type,
    extension: [asset.extension],
    fileSize: original?.content.length ?? 0,
    width: asset.width,
    height: asset.height,
    orientation: orientation(asset),
    dateCreated: isoDate(asset.dateCreated),
    dateModified: isoDate(asset.dateModified),
    datePublished: isoDate(asset.datePublished),
    tags: [...asset.tags],
    propertyOptions: propertyOptionIds(env, asset),
    isPublic: asset.isPublic ? 1 : 0,
    archive: asset.archive ? 1 : 0,
    limited: asset.limited ? 1 : 0,
    watermarked: asset.watermarked ? 1 : 0,
    idHash: asset.idHash,
    userCreated: asset.userCreated,
    thumbnails: thumbnailUrls(env, asset),
    transformBaseUrl: `${env.baseUrl}/transform/${asset.id}`,
    videoPreviewURLs: [],
  };
  if (asset.isPublic)
    out.original = `${env.baseUrl}/m/${asset.idHash}/original/${original?.fileName ?? asset.name}`;
  for (const [name, values] of Object.entries(propertyValues(env, asset))) {
    out[`property_${name}`] = values;
  }
  if (opts.versions) out.mediaItems = asset.items.map((i) => renderItem(env, asset, i));
  if (opts.stats) {
    out.views = asset.views;
    out.downloads = asset.downloads;
  }
  return out;
}
