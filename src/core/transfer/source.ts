import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { STATUS_CODES } from "node:http";
import type { ApiClient, ApiResponse } from "../http/client";
import type { FailureKind } from "../http/retry";
import { guardedAgents, type NetworkHooks } from "./addressGuard";
import { ChunkPool, chunkCount, streamChunks } from "./chunks";
import type { ChunkSource } from "./protocol";

export class SourceTooLargeError extends Error {
  constructor(capMb: number) {
    super(
      `The source file is larger than Max Size (${capMb} MB): nothing was saved. Raise Max Size if the file can be uploaded within the execution's 15 minutes.`,
    );
    this.name = "SourceTooLargeError";
  }
}

/** Redirects followed for a source before giving up (browsers allow about 20; share links need 1–3). */
export const MAX_SOURCE_REDIRECTS = 5;

/** A failure of the user's source URL, said as such: the vendor was not called. */
export class SourceUrlError extends Error {
  constructor(message: string, vendorName: string) {
    super(`${message} Nothing was sent to ${vendorName}.`);
    this.name = "SourceUrlError";
  }
}

/** The URL as shown in messages: the query of a signed link carries its token, so it is hidden. */
export function showUrl(url: URL): string {
  return `${url.origin}${url.pathname}${url.search ? "?…" : ""}`;
}

const STATUS_HINTS: [RegExp, string][] = [
  [
    /^40[13]$/,
    "the link expired, or the file is private: use a link that opens without signing in",
  ],
  [/^(404|410)$/, "the file is not there (any more): check the link"],
  [/^429$/, "the source server is limiting requests: try again later"],
  [/^5/, "the source server failed: try again later"],
];

function statusError(url: URL, status: number, attempts: number, vendor: string) {
  const hint = STATUS_HINTS.find(([re]) => re.test(String(status)))?.[1];
  const tried = attempts > 1 ? ` (tried ${attempts} times)` : "";
  return new SourceUrlError(
    `The source URL ${showUrl(url)} answered ${status} ${STATUS_CODES[status] ?? ""}${hint ? ` (${hint})` : ""}${tried}.`,
    vendor,
  );
}

function failureError(
  url: URL,
  failure: FailureKind,
  attempts: number,
  vendor: string,
  refusal?: Error,
) {
  if (refusal)
    return new SourceUrlError(
      `The source URL ${showUrl(url)} was refused: ${refusal.message}, which a URL from outside must not reach. If the file really is on your own network (an on-premise server), turn on Allow Private Addresses.`,
      vendor,
    );
  if (failure.kind === "status") return statusError(url, failure.status, attempts, vendor);
  const tried = attempts > 1 ? ` (tried ${attempts} times)` : "";
  return new SourceUrlError(
    `The source URL ${showUrl(url)} could not be read (${failure.code}, ${failure.kind})${tried}: check that the link works from the internet.`,
    vendor,
  );
}

export interface SourceFetchOptions {
  /** Who the file is for, as messages name it ("Nothing was sent to …"). */
  vendorName: string;
  /** Whether private, loopback and link-local addresses may be reached (on-premise sources). */
  allowPrivate: boolean;
  /** Whether a web page (text/html) is the file the user wants, e.g. a File Name ending in .html. */
  expectHtml?: boolean;
  /** Replaces DNS and the dialled address (tests). */
  network?: NetworkHooks;
}

/**
 * GETs a source URL without any credentials, following at most MAX_SOURCE_REDIRECTS redirects
 * itself so that every hop goes through the address guard, and refusing a web page where a file
 * was expected. Each hop is retried by the client on its usual rules.
 */
export async function fetchSource(
  client: ApiClient,
  url: string,
  options: SourceFetchOptions,
): Promise<ApiResponse<Readable>> {
  const agents = guardedAgents({ allowPrivate: options.allowPrivate, ...options.network });
  const fail = (message: string) => new SourceUrlError(message, options.vendorName);
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const at = current;
    const response = await client.requestUnauthenticated<Readable>(at.href, {
      method: "GET",
      responseType: "stream",
      headers: { Accept: "*/*" },
      allowHttp: true,
      agents,
      acceptRedirects: true,
      describeFailure: (failure, attempts) =>
        failureError(at, failure, attempts, options.vendorName, agents.refusal()),
    });
    if (response.status < 300) {
      const type = (response.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (!options.expectHtml && /^(text\/html|application\/xhtml\+xml)$/.test(type)) {
        response.data.destroy();
        throw fail(
          `The source URL ${showUrl(at)} answered a web page (${type}) instead of a file: it is probably a sign-in or share page. Use a direct download link (or give a File Name ending in .html to upload a web page).`,
        );
      }
      return response;
    }
    response.data.destroy();
    const location = response.headers.location;
    if (!location)
      throw fail(
        `The source URL ${showUrl(at)} answered ${response.status} without saying where to go (no Location).`,
      );
    if (hop >= MAX_SOURCE_REDIRECTS)
      throw fail(
        `The source URL ${showUrl(new URL(url))} redirected more than ${MAX_SOURCE_REDIRECTS} times (last to ${showUrl(at)}): use the file's final address.`,
      );
    let next: URL;
    try {
      next = new URL(location, at);
    } catch {
      throw fail(`The source URL ${showUrl(at)} redirected to an invalid address.`);
    }
    if (next.protocol !== "http:" && next.protocol !== "https:")
      throw fail(
        `The source URL ${showUrl(at)} redirected to a ${next.protocol}// address: only http and https are followed.`,
      );
    // Credentials in a Location are never sent on.
    next.username = "";
    next.password = "";
    current = next;
  }
}

/** The first bytes of a stream, put back so the stream still yields them; undefined if it is empty. */
async function peek(stream: Readable): Promise<Buffer | undefined> {
  const first = await new Promise<Buffer | undefined>((resolve, reject) => {
    const done = (value?: Buffer, error?: Error) => {
      stream.off("readable", onReadable).off("end", onEnd).off("error", onError);
      if (error) reject(error);
      else resolve(value);
    };
    const onReadable = () => {
      const piece: Buffer | null = stream.read();
      if (piece?.length) done(piece);
    };
    const onEnd = () => done();
    const onError = (error: Error) => done(undefined, error);
    stream.on("readable", onReadable).on("end", onEnd).on("error", onError);
  });
  if (first) stream.unshift(first);
  return first;
}

const empty = (vendor: string) =>
  new SourceUrlError(
    `The source file is empty (0 bytes): ${vendor} cannot store an empty file.`,
    vendor,
  );

/**
 * Opens a URL as a stream of chunks (see fetchSource), never held whole: an empty source fails
 * before any request to the vendor, with or without a Content-Length. With a Content-Length the
 * chunks stream straight through; without one, a protocol that needs the chunk count up front
 * (`needCount`) gets the source spooled to a temporary file within the cap, any other a stream.
 */
export async function openUrlSource(
  client: ApiClient,
  url: string,
  options: {
    /** Bytes per chunk, or a choice made once the source's declared length (if any) is known. */
    chunkSize: number | ((declared: number | undefined) => number);
    capBytes: number;
    capMb: number;
    needCount: boolean;
    concurrency: number;
  } & SourceFetchOptions,
): Promise<{
  source: ChunkSource;
  size?: number;
  /** The media type the source declared (parameters dropped), if any. */
  contentType?: string;
  cleanup: () => Promise<void>;
}> {
  // The next chunk is read only once one of the `concurrency` in flight is done: that many suffice.
  const response = await fetchSource(client, url, options);
  const stream = response.data;
  const declaredText = response.headers["content-length"];
  const declared = declaredText === undefined ? undefined : Number(declaredText);
  const contentType = response.headers["content-type"]?.split(";")[0].trim() || undefined;
  const chunkSize =
    typeof options.chunkSize === "function"
      ? options.chunkSize(Number.isFinite(declared) ? declared : undefined)
      : options.chunkSize;
  const pool = new ChunkPool(chunkSize, options.concurrency);
  const release = (data: Buffer) => pool.release(data);
  const guard = (total: number) => {
    if (total > options.capBytes) throw new SourceTooLargeError(options.capMb);
    if (declared !== undefined && total > declared)
      throw new Error(`The source sent more than its Content-Length (${declared} bytes).`);
  };
  if (declared !== undefined && Number.isFinite(declared)) {
    if (declared > options.capBytes) {
      stream.destroy();
      throw new SourceTooLargeError(options.capMb);
    }
    if (declared === 0 || !(await peek(stream))) {
      stream.destroy();
      throw empty(options.vendorName);
    }
    return {
      source: {
        chunks: streamChunks(stream, pool, guard),
        totalChunks: chunkCount(declared, chunkSize),
        release,
      },
      size: declared,
      contentType,
      cleanup: async () => void stream.destroy(),
    };
  }
  if (!options.needCount) {
    if (!(await peek(stream))) {
      stream.destroy();
      throw empty(options.vendorName);
    }
    return {
      source: { chunks: streamChunks(stream, pool, guard), release },
      contentType,
      cleanup: async () => void stream.destroy(),
    };
  }
  const dir = await mkdtemp(join(tmpdir(), "upload-source-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const file = join(dir, "source");
  let size = 0;
  try {
    await pipeline(
      stream,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const piece of source) {
          size += piece.length;
          guard(size);
          yield piece;
        }
      },
      createWriteStream(file),
    );
  } catch (error) {
    await cleanup();
    throw error;
  }
  if (size === 0) {
    await cleanup();
    throw empty(options.vendorName);
  }
  return {
    source: {
      chunks: streamChunks(createReadStream(file, { highWaterMark: 1024 * 1024 }), pool),
      totalChunks: chunkCount(size, chunkSize),
      release,
    },
    size,
    contentType,
    cleanup,
  };
}
