import { action, input, util } from "@prismatic-io/spectral";
import FormData from "form-data";
import type { HttpMethod, RequestBody } from "../../client/request";
import type { RetryOptions } from "../../client/retry";
import { InputError } from "../../inputs/clean";
import { connectionInput } from "../../inputs/common";
import { choiceInput, integerInput, keyValueListInput } from "../../inputs/factories";
import { clientFor } from "../../client/clientFor";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const FORBIDDEN_HEADERS = new Set(["authorization", "host", "cookie", "proxy-authorization"]);

const inputs = {
  connection: connectionInput,
  url: input({
    label: "URL",
    type: "string",
    required: true,
    comments:
      "This is the URL to call: a path on your Bynder portal such as /api/v4/media/. A full URL is accepted only when it points at the connection's own portal; the token is never sent anywhere else.",
    example: "/api/v4/media/",
    clean: (v: unknown) => util.types.toString(v).trim(),
  }),
  method: choiceInput({
    label: "Method",
    comments: "The HTTP method to use.",
    required: true,
    options: METHODS.map((m) => ({ label: m, value: m })),
  }),
  data: input({
    label: "Data",
    type: "code",
    language: "json",
    required: false,
    comments:
      "The HTTP body payload to send to the URL. JSON is sent as application/json; other text is sent as-is (set a Content-Type header to describe it).",
    example: '{"name": "Spring campaign"}',
  }),
  formData: keyValueListInput({
    label: "Form Data",
    comments: "The Form Data to be sent as a multipart form upload.",
  }),
  fileData: input({
    label: "File Data",
    type: "data",
    collection: "keyvaluelist",
    required: false,
    comments: "File Data to be sent as a multipart form upload.",
    example: "Reference a file from a previous step",
  }),
  fileDataFileNames: keyValueListInput({
    label: "File Data File Names",
    comments:
      "File names to apply to the file data inputs. Keys must match the file data keys above.",
  }),
  queryParams: keyValueListInput({
    label: "Query Parameter",
    comments:
      "A list of query parameters to send with the request. This is the portion at the end of the URL similar to ?key1=value1&key2=value2.",
  }),
  headers: keyValueListInput({
    label: "Header",
    comments: "A list of headers to send with the request.",
  }),
  responseType: choiceInput({
    label: "Response Type",
    comments:
      "The type of data you expect in the response. You can request json, text, or binary data.",
    default: "json",
    options: [
      { label: "JSON", value: "json" },
      { label: "Text", value: "text" },
      { label: "Binary", value: "arraybuffer" },
    ],
  }),
  timeout: integerInput({
    label: "Timeout",
    comments:
      "The maximum time in milliseconds that a client will await a response to its request (default 60000).",
    min: 1,
    example: "60000",
  }),
  retryDelayMS: integerInput({
    label: "Retry Delay (ms)",
    comments:
      "The delay in milliseconds between retries. This is used when 'Use Exponential Backoff' is disabled.",
    min: 0,
    default: "0",
  }),
  retryAllErrors: input({
    label: "Retry On All Errors",
    type: "boolean",
    default: "false",
    comments:
      "If true, retries on all erroneous responses regardless of type and method. Otherwise only HTTP 429 (any method), and 502, 503, 504 and network errors on GET, PUT, DELETE and HEAD, are retried.",
    clean: util.types.toBool,
  }),
  maxRetries: integerInput({
    label: "Max Retry Count",
    comments: "The maximum number of retries to attempt. Specify 0 for no retries.",
    min: 0,
    max: 10,
    default: "0",
  }),
  useExponentialBackoff: input({
    label: "Use Exponential Backoff",
    type: "boolean",
    default: "false",
    comments:
      "Specifies whether to use a pre-defined exponential backoff strategy for retries (1 s, 2 s, 4 s… with jitter). When enabled, 'Retry Delay (ms)' is ignored.",
    clean: util.types.toBool,
  }),
};

/** Reduces the URL input to a path on the portal, refusing any other origin before a request exists. */
export function portalPath(url: string, origin: string): string {
  if (!url) throw new InputError("URL", "is required but was left blank.");
  if (url.startsWith("//") || /^[a-z][a-z\d+.-]*:/i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    } catch {
      throw new InputError("URL", `"${url}" is not a valid URL.`);
    }
    if (parsed.origin !== origin) {
      throw new InputError(
        "URL",
        `points at ${parsed.origin}, which is not this connection's Bynder portal (${origin}). Raw Request only sends the connection's token to its own portal: use a path such as /api/v4/media/.`,
      );
    }
    return `${parsed.pathname}${parsed.search}`;
  }
  return url.startsWith("/") ? url : `/${url}`;
}

function requestBody(params: {
  data: unknown;
  formData?: Record<string, string>;
  fileData: unknown;
  fileDataFileNames?: Record<string, string>;
  headers: Record<string, string>;
}): RequestBody | undefined {
  const files = Array.isArray(params.fileData)
    ? (params.fileData as { key: string; value: unknown }[]).filter((f) => f?.key)
    : [];
  const hasData = params.data !== undefined && params.data !== null && params.data !== "";
  if (hasData && (params.formData || files.length)) {
    throw new InputError(
      "Data",
      "cannot be combined with Form Data or File Data: send either a body or a multipart form.",
    );
  }
  if (params.formData || files.length) {
    return {
      encoding: "multipart",
      build: () => {
        const form = new FormData();
        for (const [k, v] of Object.entries(params.formData ?? {})) form.append(k, v);
        for (const f of files) {
          const payload = util.types.toBufferDataPayload(f.value);
          form.append(f.key, payload.data, {
            filename: params.fileDataFileNames?.[f.key] ?? f.key,
            contentType: payload.contentType,
          });
        }
        return form;
      },
    };
  }
  if (!hasData) return undefined;
  const contentType = Object.entries(params.headers).find(
    ([k]) => k.toLowerCase() === "content-type",
  )?.[1];
  if (typeof params.data === "string") {
    const text = params.data;
    if (!contentType) {
      try {
        return { encoding: "json", value: JSON.parse(text) };
      } catch {
        return {
          encoding: "raw",
          data: Buffer.from(text),
          contentType: "text/plain; charset=utf-8",
        };
      }
    }
    return { encoding: "raw", data: Buffer.from(text), contentType };
  }
  if (Buffer.isBuffer(params.data)) {
    return {
      encoding: "raw",
      data: params.data,
      contentType: contentType ?? "application/octet-stream",
    };
  }
  return { encoding: "json", value: params.data };
}

export const rawRequest = action({
  display: {
    label: "Raw Request",
    description:
      "Send raw HTTP request to Bynder, authenticated with the connection, for any endpoint that has no action. Bynder API: any path on your portal (https://api.bynder.com/reference).",
  },
  inputs,
  examplePayload: {
    data: {
      id: "9B1E3F5A-2C4D-4E6F-8A9B0C1D2E3F4A5B",
      name: "Spring campaign hero",
      type: "image",
    } as unknown,
  },
  perform: async (context, params) => {
    const headers = params.headers ?? {};
    const forbidden = Object.keys(headers).find((h) => FORBIDDEN_HEADERS.has(h.toLowerCase()));
    if (forbidden) {
      throw new InputError(
        "Header",
        `"${forbidden}" cannot be set here: the connection provides authentication.`,
      );
    }
    const body = requestBody({
      data: params.data,
      formData: params.formData,
      fileData: params.fileData,
      fileDataFileNames: params.fileDataFileNames,
      headers,
    });
    const client = clientFor(params.connection, context);
    const path = portalPath(params.url, client.origin).replace(/[{}]/g, encodeURIComponent);
    const retry: Partial<RetryOptions> = params.useExponentialBackoff
      ? {
          maxRetries: params.maxRetries ?? 0,
          exponential: true,
          jitter: true,
          baseDelayMs: 1000,
          retryAllErrors: params.retryAllErrors,
        }
      : {
          maxRetries: params.maxRetries ?? 0,
          exponential: false,
          jitter: false,
          baseDelayMs: params.retryDelayMS ?? 0,
          retryAllErrors: params.retryAllErrors,
        };
    const responseType = params.responseType ?? "json";
    const response = await client.request(
      {
        method: (params.method ?? "GET") as HttpMethod,
        path,
        query: params.queryParams,
        headers,
        body,
        responseType,
        timeoutMs: params.timeout,
      },
      retry,
    );
    if (responseType === "arraybuffer") {
      return {
        data: Buffer.from(response.data as ArrayBuffer),
        contentType: response.headers["content-type"] ?? "application/octet-stream",
      };
    }
    return { data: response.data };
  },
});
