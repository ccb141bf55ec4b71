import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { type AxiosInstance, type AxiosResponse, isAxiosError } from "axios";
import { buildForm, type ApiRequest, type RequestBody } from "./request";
import type { FailureKind } from "./retry";

/** The outcome of one attempt, normalised: a usable response, or what went wrong. */
export type Outcome =
  | { ok: true; response: AxiosResponse }
  | { ok: false; failure: FailureKind; response?: AxiosResponse; headers: Record<string, string> };

export interface AttemptSpec {
  baseURL: string;
  url: string;
  req: Omit<ApiRequest, "path" | "pathParams">;
  params: URLSearchParams;
  timeoutMs: number;
  /** Headers the vendor sends on every request (before the request's own). */
  headers?: Record<string, string>;
  /** The `Authorization` header value, or undefined for pre-signed URLs. */
  authorization?: string;
}

/** Encodes the body. Called once per attempt: multipart and stream bodies cannot be sent twice. */
export function encodeBody(body: RequestBody | undefined): {
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
        // JSON null is a value (Raw Request's Data `null`); only a missing value becomes `{}`.
        data: JSON.stringify(body.value === undefined ? {} : body.value),
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

export function flatHeaders(headers: AxiosResponse["headers"] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v !== undefined && v !== null)
      out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : String(v);
  }
  return out;
}

const UNSENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);
const DROPPED = new Set(["ECONNRESET", "EPIPE", "ERR_STREAM_PREMATURE_CLOSE"]);
const TIMEOUT = new Set(["ETIMEDOUT", "ERR_SOCKET_CONNECTION_TIMEOUT"]);

/** Sorts a transport error into the kinds the retry decision and the error message need. */
export function classifyError(code: string | undefined, message: string, gotHeaders: boolean) {
  const c = code ?? "network error";
  let kind: Exclude<FailureKind["kind"], "status">;
  if (UNSENT.has(c)) kind = "unsent";
  else if (gotHeaders && /aborted|premature close|terminated/i.test(message)) kind = "cutoff";
  else if (c === "ERR_BAD_RESPONSE" && /aborted|premature close/i.test(message)) kind = "cutoff";
  else if (TIMEOUT.has(c) || (c === "ECONNABORTED" && /timeout/i.test(message))) kind = "timeout";
  else if (DROPPED.has(c) || c === "ECONNABORTED" || /socket hang up/i.test(message))
    kind = "dropped";
  else kind = "other";
  return { kind, code: c } as FailureKind;
}

/** Closes a streamed body nobody will read, so its socket is released before a retry. */
export function discardBody(response: AxiosResponse | undefined): void {
  const data = response?.data as Partial<Readable> | undefined;
  if (data && typeof data === "object" && typeof data.destroy === "function") data.destroy();
  // axios may hand out a wrapper stream whose destruction does not reach the socket.
  const raw = (response?.request as { res?: IncomingMessage } | undefined)?.res;
  if (raw && !raw.readableEnded && !raw.destroyed) raw.destroy();
}

/** Sends one attempt and normalises what came back. Never retries, never waits. */
export async function sendAttempt(http: AxiosInstance, spec: AttemptSpec): Promise<Outcome> {
  const body = encodeBody(spec.req.body);
  const headers: Record<string, string> = {
    Accept: "application/json, text/plain, */*",
    ...spec.headers,
    ...spec.req.headers,
    ...body.headers,
  };
  if (spec.authorization) headers.Authorization = spec.authorization;
  let response: AxiosResponse;
  try {
    response = await http.request({
      baseURL: spec.baseURL,
      url: spec.url,
      method: spec.req.method,
      params: spec.params,
      data: body.data,
      headers,
      timeout: spec.timeoutMs,
      responseType: spec.req.responseType ?? "json",
      httpAgent: spec.req.agents?.http,
      httpsAgent: spec.req.agents?.https,
      // Agents that check where they connect must see the real host, not an HTTP_PROXY's.
      ...(spec.req.agents ? { proxy: false as const } : {}),
    });
  } catch (error) {
    if (!isAxiosError(error)) throw error;
    // A body being sent from a stream must not keep the source open after a failed attempt.
    (body.data as Partial<Readable> | undefined)?.destroy?.();
    return {
      ok: false,
      failure: classifyError(error.code, error.message, Boolean(error.response)),
      response: error.response,
      headers: flatHeaders(error.response?.headers),
    };
  }
  if (response.status >= 300 && !(spec.req.acceptRedirects && response.status < 400)) {
    return {
      ok: false,
      failure: { kind: "status", status: response.status },
      response,
      headers: flatHeaders(response.headers),
    };
  }
  return { ok: true, response };
}
