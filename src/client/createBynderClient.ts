import type { Readable } from "node:stream";
import { type ActionLogger, type Connection, ConnectionError, util } from "@prismatic-io/spectral";
import axios, { type AxiosInstance, type AxiosResponse, isAxiosError } from "axios";
import { type FailureContext, httpFailure, networkFailure } from "./errors";
import { portalOrigin, safeConnection } from "./portal";
import { connectionSecrets, Redactor, secretFieldValues } from "./redact";
import { type BynderRequest, buildForm, buildPath, buildQuery, type RequestBody } from "./request";
import { DEFAULT_RETRY, decideRetry, type RetryOptions } from "./retry";

export const DEFAULT_TIMEOUT_MS = 60_000;

type Logger = Pick<ActionLogger, "debug" | "info" | "warn" | "error">;

export interface ClientOptions {
  logger?: Logger;
  /** Log each request (method, URL, status, duration, redacted body summary). */
  debug?: boolean;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Injectable for tests: how to wait, what time it is, and the jitter source. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface BynderResponse<T> {
  status: number;
  headers: Record<string, string>;
  data: T;
}

export interface BynderClient {
  /** Portal origin, e.g. `https://acme.bynder.com`. */
  readonly origin: string;
  readonly redactor: Redactor;
  request<T = unknown>(
    req: BynderRequest,
    retry?: Partial<RetryOptions>,
  ): Promise<BynderResponse<T>>;
  /**
   * Calls a pre-signed URL on another host (S3 upload endpoint, `s3_file` download) WITHOUT the
   * bearer token. The URL must be https (or loopback http for local testing).
   */
  requestUnauthenticated<T = unknown>(
    url: string,
    req: Omit<BynderRequest, "path" | "pathParams">,
    retry?: Partial<RetryOptions>,
  ): Promise<BynderResponse<T>>;
}

/** Reads the start of an error body that arrived as a stream, so its message is not lost. */
async function readSome(stream: Readable, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    if (size >= limit) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).toString("utf8");
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The access token of any of the three connections; never logged. */
export function accessToken(connection: Connection): string {
  const token =
    connection.key === "permanentToken"
      ? util.types.toString(connection.fields?.token).trim()
      : util.types.toString(connection.token?.access_token).trim();
  if (!token) {
    throw new ConnectionError(
      safeConnection(connection),
      "The Bynder connection has no access token. Reconnect (re-authorize) the connection.",
    );
  }
  return token;
}

function encodeBody(body: RequestBody | undefined): {
  data?: unknown;
  headers: Record<string, string>;
} {
  if (!body) return { headers: {} };
  switch (body.encoding) {
    case "form":
      return {
        data: buildForm(body.fields).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      };
    case "json":
      return {
        data: JSON.stringify(body.value ?? {}),
        headers: { "Content-Type": "application/json" },
      };
    case "multipart": {
      const form = body.build();
      return { data: form, headers: form.getHeaders() };
    }
    case "raw":
      return {
        data: typeof body.data === "function" ? body.data() : body.data,
        headers: { "Content-Type": body.contentType },
      };
  }
}

function flatHeaders(headers: AxiosResponse["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v !== undefined && v !== null)
      out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
  }
  return out;
}

function checkExternalUrl(url: string): URL {
  const parsed = new URL(url);
  const loopback = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    throw new Error(
      `Refusing to call ${parsed.protocol}//${parsed.host}: only https URLs are allowed.`,
    );
  }
  return parsed;
}

export function createBynderClient(
  connection: Connection,
  options: ClientOptions = {},
): BynderClient {
  const origin = portalOrigin(connection);
  const baseRedactor = new Redactor(connectionSecrets(connection));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log: Logger | undefined = options.logger;
  const http: AxiosInstance = axios.create({
    // Relative paths only: an absolute URL must never carry the token to another host.
    allowAbsoluteUrls: false,
    maxBodyLength: Number.POSITIVE_INFINITY,
    maxContentLength: Number.POSITIVE_INFINITY,
    validateStatus: () => true,
    maxRedirects: 0,
  });

  async function send<T>(
    target: { baseURL: string; url: string; display: string; auth: boolean },
    req: Omit<BynderRequest, "path" | "pathParams">,
    retryOverride?: Partial<RetryOptions>,
  ): Promise<BynderResponse<T>> {
    const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry, ...retryOverride };
    const bodyFields =
      req.body?.encoding === "form"
        ? req.body.fields
        : req.body?.encoding === "json"
          ? req.body.value
          : undefined;
    const redactor = baseRedactor.with(secretFieldValues(bodyFields));
    const ctx: FailureContext = {
      method: req.method,
      origin: target.baseURL,
      path: target.display.slice(target.baseURL.length),
      connection,
      redactor,
    };
    const timeout = req.timeoutMs ?? timeoutMs;
    const params = buildQuery(req.query);
    for (let attempt = 0; ; attempt++) {
      const body = encodeBody(req.body);
      const headers: Record<string, string> = {
        Accept: "application/json, text/plain, */*",
        ...req.headers,
        ...body.headers,
      };
      if (target.auth) headers.Authorization = `Bearer ${accessToken(connection)}`;
      const started = now();
      let response: AxiosResponse | undefined;
      let networkCode: string | undefined;
      try {
        response = await http.request({
          baseURL: target.baseURL,
          url: target.url,
          method: req.method,
          params,
          data: body.data,
          headers,
          timeout,
          responseType: req.responseType ?? "json",
        });
      } catch (error) {
        networkCode = isAxiosError(error) ? (error.code ?? "network error") : "network error";
        if (!isAxiosError(error)) throw error;
      }
      if (options.debug && log) {
        log.debug(
          redactor.text(
            `Bynder ${req.method} ${target.display}${params.size ? `?${params}` : ""} -> ${response?.status ?? networkCode} in ${now() - started} ms`,
          ),
        );
      }
      if (response && response.status < 400 && !(response.status >= 300 && response.status < 400)) {
        return {
          status: response.status,
          headers: flatHeaders(response.headers),
          data: response.data as T,
        };
      }
      const responseHeaders = response ? flatHeaders(response.headers) : {};
      const decision = decideRetry(
        retry,
        {
          method: req.method,
          attempt,
          status: response?.status,
          networkCode,
          retryAfterHeader: responseHeaders["retry-after"],
        },
        now(),
        random,
      );
      if (decision.retry) {
        log?.warn(
          `Retrying Bynder ${req.method} ${target.display} (retry ${attempt + 1} of ${retry.maxRetries}) in ${decision.delayMs} ms after ${decision.reason}.`,
        );
        await sleep(decision.delayMs);
        continue;
      }
      if (decision.reason)
        log?.warn(`Not retrying Bynder ${req.method} ${target.display}: ${decision.reason}.`);
      if (response && response.status >= 300 && response.status < 400) {
        throw httpFailure(
          ctx,
          response.status,
          `Unexpected redirect to ${redactor.text(responseHeaders.location ?? "(no location)")}`,
        );
      }
      if (response) {
        const body =
          req.responseType === "stream" ? await readSome(response.data as Readable) : response.data;
        throw httpFailure(ctx, response.status, body);
      }
      throw networkFailure(ctx, networkCode, timeout);
    }
  }

  return {
    origin,
    redactor: baseRedactor,
    async request(req, retry) {
      const path = buildPath(req.path, req.pathParams);
      if (!path.startsWith("/"))
        throw new Error(`Bynder paths must start with "/" (got "${path}").`);
      if (new URL(`${origin}${path}`).origin !== origin)
        throw new Error(`Refusing path "${path}": it leaves the portal.`);
      return send(
        { baseURL: origin, url: path, display: `${origin}${path}`, auth: true },
        req,
        retry,
      );
    },
    async requestUnauthenticated(url, req, retry) {
      const parsed = checkExternalUrl(url);
      const display = `${parsed.origin}${parsed.pathname}`;
      // The query of a pre-signed URL is part of its signature: keep it verbatim.
      return send(
        { baseURL: parsed.origin, url: `${parsed.pathname}${parsed.search}`, display, auth: false },
        req,
        retry,
      );
    },
  };
}
