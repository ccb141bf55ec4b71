import { action, input } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import type { HttpMethod } from "../../../core/http/request";
import { DEFAULT_RETRY, type RetryOptions } from "../../../core/http/retry";
import { InputError, scalarText } from "../../../core/inputs/clean";
import { connectionInput } from "../../inputs/common";
import {
  booleanInput,
  choiceInput,
  integerInput,
  keyValueListInput,
} from "../../../core/inputs/factories";
import { withKind } from "../../../core/inputs/kinds";
import { fileRows, headersOf, queryOf, requestBody } from "./rawRequestParts";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

const inputs = {
  connection: connectionInput,
  url: input({
    label: "URL",
    type: "string",
    required: true,
    comments:
      "This is the URL to call: a path on your Bynder portal such as /api/v4/media/. A full URL is accepted only when it points at the connection's own portal; the token is never sent anywhere else.",
    example: "/api/v4/media/",
    clean: withKind({ kind: "url" }, (v: unknown) => scalarText("URL", v).trim()),
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
      "The HTTP body payload to send to the URL. JSON is sent as application/json, exactly as given (`null` is sent as null); other text is sent as-is (set a Content-Type header to describe it).",
    example: '{"name": "Spring campaign"}',
    clean: withKind({ kind: "passthrough" }, (v: unknown) => v),
  }),
  formData: keyValueListInput({
    label: "Form Data",
    comments:
      "The Form Data to be sent as a multipart form upload. A key given in several rows is sent as several fields of that name.",
  }),
  fileData: input({
    label: "File Data",
    type: "data",
    collection: "keyvaluelist",
    required: false,
    comments:
      "File Data to be sent as a multipart form upload. Every row needs a key (the form field name).",
    example: "Reference a file from a previous step",
    clean: withKind({ kind: "passthrough" }, fileRows),
  }),
  fileDataFileNames: keyValueListInput({
    label: "File Data File Names",
    comments:
      "File names to apply to the file data inputs. Keys must match the file data keys above (one name per key).",
  }),
  queryParams: keyValueListInput({
    label: "Query Parameter",
    comments:
      "A list of query parameters to send with the request. This is the portion at the end of the URL similar to ?key1=value1&key2=value2. A key given in several rows is sent repeated (?tag=a&tag=b).",
  }),
  headers: keyValueListInput({
    label: "Header",
    comments:
      "A list of headers to send with the request. A header given in several rows is sent once with the values comma-separated, as HTTP defines (Content-Type can be given only once).",
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
  retryAllErrors: booleanInput({
    label: "Retry On All Errors",
    default: "false",
    comments:
      "If true, retries on all erroneous responses regardless of type and method. Otherwise only HTTP 429 (any method), and 502, 503, 504 and network errors on GET, PUT, DELETE and HEAD, are retried.",
  }),
  maxRetries: integerInput({
    label: "Max Retry Count",
    comments: "The maximum number of retries to attempt. Specify 0 for no retries.",
    min: 0,
    max: 10,
    default: "0",
  }),
  useExponentialBackoff: booleanInput({
    label: "Use Exponential Backoff",
    default: "false",
    comments:
      "Specifies whether to use a pre-defined exponential backoff strategy for retries (1 s, 2 s, 4 s… with jitter). When enabled, 'Retry Delay (ms)' is ignored.",
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
  try {
    decodeURI(url);
  } catch {
    throw new InputError(
      "URL",
      `"${url}" has a "%" that does not start a valid %-escape (write %25).`,
    );
  }
  return url.startsWith("/") ? url : `/${url}`;
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
    const headers = headersOf(params.headers);
    const body = requestBody({
      data: params.data,
      formData: params.formData,
      fileData: params.fileData,
      fileDataFileNames: params.fileDataFileNames,
      headers,
    });
    const client = clientFor(params.connection, context, {
      timeoutAdvice: "Raise the Timeout input if Bynder is slow for this call.",
    });
    const path = portalPath(params.url, client.origin).replace(/[{}]/g, encodeURIComponent);
    const retry: Partial<RetryOptions> = {
      maxRetries: params.maxRetries ?? 0,
      retryAllErrors: params.retryAllErrors,
      ...(params.useExponentialBackoff
        ? { exponential: true, jitter: true, baseDelayMs: DEFAULT_RETRY.baseDelayMs }
        : { exponential: false, jitter: false, baseDelayMs: params.retryDelayMS ?? 0 }),
    };
    const responseType = params.responseType ?? "json";
    const response = await client.request(
      {
        method: (params.method ?? "GET") as HttpMethod,
        path,
        query: queryOf(params.queryParams),
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
