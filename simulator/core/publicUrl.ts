import type { Headers } from "./http";

/** Checks a `--public-url` value and returns its origin (no trailing slash). */
export function normalisePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--public-url must be an absolute URL: ${value}`);
  }
  if (!["http:", "https:"].includes(url.protocol)) {
    throw new Error(`--public-url must be http or https: ${value}`);
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`--public-url must be an origin without a path: ${value}`);
  }
  return url.origin;
}

const first = (value: string | undefined): string | undefined =>
  value?.split(",")[0]?.trim() || undefined;

/**
 * The origin absolute URLs in replies are built on (Location, upload and download links):
 * the configured public URL, else X-Forwarded-Proto/-Host (falling back to Host) set by a proxy,
 * else the listen URL.
 */
export function requestBaseUrl(
  listenUrl: string,
  publicUrl: string | undefined,
  headers: Headers,
): string {
  if (publicUrl) return publicUrl;
  const host = first(headers["x-forwarded-host"]);
  const proto = first(headers["x-forwarded-proto"])?.toLowerCase();
  if (!host && !proto) return listenUrl;
  const listen = new URL(listenUrl);
  const scheme = proto === "https" || proto === "http" ? proto : listen.protocol.slice(0, -1);
  const valid = (h: string | undefined) => (h && /^[A-Za-z0-9.\-:[\]]+$/.test(h) ? h : undefined);
  // A proxy that only sets X-Forwarded-Proto usually passes the public Host through.
  const authority = valid(host) ?? valid(headers.host) ?? listen.host;
  return `${scheme}://${authority}`;
}
