import type { Readable } from "node:stream";
import { clock } from "../http/clock";
import type { ApiClient } from "../http/client";
import type { ApiError } from "../http/errors";
import { DEFAULT_RETRY } from "../http/retry";
import { MB } from "../transfer/chunks";

export { MB };
export const DEFAULT_DOWNLOAD_CAP_MB = 100;
/** A step result above about 128 MB fails to serialise: leave room for the rest of the result. */
export const MAX_DOWNLOAD_CAP_MB = 120;

/** The file name of a Content-Disposition header: `filename*` (RFC 6266 / 5987) first, then `filename`. */
export function dispositionFileName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      const raw = star[2].trim().replace(/^"|"$/g, "");
      return /^utf-?8$/i.test(star[1] || "utf-8")
        ? decodeURIComponent(raw)
        : raw.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    } catch {
      // a malformed filename* falls back to the plain form
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return quoted[1].replace(/\\(.)/g, "$1");
  const bare = /filename\s*=\s*([^;]+)/i.exec(header);
  return bare ? bare[1].trim() : undefined;
}

/** RFC 6266: a Latin-1 fallback plus `filename*` in UTF-8, so any name survives. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export class TooLargeError extends Error {
  /** `locationAction`: the action that returns the file's location without its bytes. */
  constructor(capMb: number, locationAction: string, size?: number) {
    super(
      `The file is larger than Max Size (${capMb} MB${size === undefined ? "" : `; it is ${Math.ceil(size / MB)} MB`}): a step result cannot hold it. Use ${locationAction} to get its temporary location and let the next system fetch it, or raise Max Size (at most ${MAX_DOWNLOAD_CAP_MB} MB).`,
    );
    this.name = "TooLargeError";
  }
}

/** A body cut off mid-way: the client hands the stream over, so the reader must notice it. */
function cutOff(
  client: ApiClient,
  url: string,
  error: unknown,
  attempts: number,
  outOfTime: boolean,
  vendor: string,
): ApiError {
  const { origin, pathname } = new URL(url);
  const display = `${origin}${pathname}`; // the query is the URL's signature
  const code = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? "unknown";
  return client.makeError(
    { method: "GET", url: display, delivery: "cutOff" },
    `Downloading from ${vendor}'s temporary URL ${display} failed: the response was cut off before it was complete (${code}). ${attempts === 1 ? "Tried once" : `Tried ${attempts} times`}${outOfTime ? ", and another try would end past the execution's time limit" : ""}; try again in a few minutes.`,
  );
}

/** A body shorter than its Content-Length: the connection ended early, so it is fetched again. */
class ShortBodyError extends Error {
  readonly code = "ERR_SHORT_BODY";
}

/**
 * Reads the whole body, refusing it as soon as it passes the cap; always closes the stream. With a
 * Content-Length the bytes are copied into one buffer of that size (memory: the file plus a piece),
 * else the pieces are kept as they come and joined once.
 */
async function readCapped(
  stream: Readable,
  cap: number,
  tooLarge: () => TooLargeError,
  declared?: number,
) {
  const whole = declared === undefined ? undefined : Buffer.allocUnsafe(declared);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      if (size + piece.length > cap) throw tooLarge();
      if (whole && size + piece.length <= whole.length) piece.copy(whole, size);
      else if (whole) throw new ShortBodyError("the body was longer than its Content-Length");
      else parts.push(piece);
      size += piece.length;
    }
  } finally {
    stream.destroy();
  }
  if (!whole) return parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
  if (size !== whole.length) throw new ShortBodyError(`${size} of ${whole.length} bytes`);
  return whole;
}

export interface CappedOptions {
  capMb: number;
  /** Whose temporary URL it is, as messages name it. */
  vendorName: string;
  /** The action that returns the location without the bytes, for files above the cap. */
  locationAction: string;
  /** Redirects followed (each hop https, or loopback http, and without credentials); default none. */
  maxRedirects?: number;
}

/** Where a redirect leads; a non-http(s) target or one hop too many is refused. */
function nextHop(from: string, location: string | undefined, hops: number, max: number): string {
  const { origin, pathname } = new URL(from);
  const at = `${origin}${pathname}`;
  if (!location) throw new Error(`The temporary URL ${at} redirected without a Location.`);
  if (hops >= max)
    throw new Error(`The temporary URL ${at} redirected more than ${max} times: giving up.`);
  const next = new URL(location, from);
  if (next.protocol !== "https:" && next.protocol !== "http:")
    throw new Error(`The temporary URL ${at} redirected to a ${next.protocol}// address.`);
  // requestUnauthenticated checks the scheme and calls origin + path: userinfo is never sent.
  return next.href;
}

/** GETs `url` as a stream without the vendor's token, following up to `max` redirects hop by hop. */
async function openStream(client: ApiClient, url: string, max: number) {
  let current = url;
  for (let hops = 0; ; hops++) {
    const response = await client.requestUnauthenticated<Readable>(current, {
      method: "GET",
      responseType: "stream",
      headers: { Accept: "*/*" },
      acceptRedirects: max > 0,
    });
    if (response.status < 300) return { response, finalUrl: current };
    response.data.destroy();
    current = nextHop(current, response.headers.location, hops, max);
  }
}

/**
 * Fetches a pre-signed URL without the vendor's token (following only `maxRedirects`), refusing a
 * declared length above the cap before reading and aborting the stream as soon as it passes it. A
 * body cut off mid-way is fetched again (a GET) up to the connection's Max Retries, as the client
 * does for bodies it reads itself, and never past the execution's deadline.
 */
export async function fetchCapped(client: ApiClient, url: string, options: CappedOptions) {
  const { capMb, vendorName, locationAction } = options;
  const cap = capMb * MB;
  const tooLarge = (size?: number) => new TooLargeError(capMb, locationAction, size);
  for (let attempt = 1; ; attempt++) {
    const { response, finalUrl } = await openStream(client, url, options.maxRedirects ?? 0);
    const length = response.headers["content-length"];
    const declared = length && /^\d+$/.test(length.trim()) ? Number(length) : undefined;
    if (declared !== undefined && declared > cap) {
      response.data.destroy();
      throw tooLarge(declared);
    }
    let data: Buffer;
    try {
      data = await readCapped(response.data, cap, tooLarge, declared);
    } catch (error) {
      if (error instanceof TooLargeError) throw error;
      const delay = DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1);
      const outOfTime = !client.deadline.allows(delay);
      if (attempt > client.maxRetries || outOfTime)
        throw cutOff(client, url, error, attempt, outOfTime, vendorName);
      await clock().sleep(delay);
      continue;
    }
    const pathName = decodeURIComponent(new URL(finalUrl).pathname.split("/").pop() ?? "");
    return {
      data,
      contentType: response.headers["content-type"] ?? "application/octet-stream",
      fileName:
        dispositionFileName(response.headers["content-disposition"]) || pathName || "download",
    };
  }
}
