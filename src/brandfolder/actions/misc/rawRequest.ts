import { action, input } from "@prismatic-io/spectral";
import type { HttpMethod, ParamValue } from "../../../core/http/request";
import { Repeated } from "../../../core/http/request";
import { InputError, jsonValue, scalarText } from "../../../core/inputs/clean";
import { choiceInput, integerInput, keyValueListInput } from "../../../core/inputs/factories";
import { withKind } from "../../../core/inputs/kinds";
import type { Pairs } from "../../../core/inputs/lists";
import { clientFor } from "../../client";
import { BRANDFOLDER_REFERENCE, V1, V4 } from "../../endpoints";
import { brandfolderGetExample } from "../../examplePayloads/brandfolders";
import { connectionInput } from "../../inputs/common";

const METHODS = ["GET", "POST", "PUT", "DELETE"] as const;
/** Brandfolder's API lives under these two prefixes; the key is never sent to another path. */
const PREFIXES = [`${V4}/`, `${V1}/`];

/** The URL input as a path under /api/v4/ or /api/v1/ of the API host; refused otherwise. */
export function apiPath(url: string, origin: string): string {
  let path = url;
  if (url.startsWith("//") || /^[a-z][a-z\d+.-]*:/i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    } catch {
      throw new InputError("URL", `"${url}" is not a valid URL.`);
    }
    if (parsed.origin !== origin)
      throw new InputError(
        "URL",
        `points at ${parsed.origin}, not this connection's API host (${origin}). Raw Request sends the API key to its own host only: use a path such as /api/v4/brandfolders.`,
      );
    path = `${parsed.pathname}${parsed.search}`;
  }
  if (!path.startsWith("/")) path = `/${path}`;
  try {
    decodeURI(path);
  } catch {
    throw new InputError(
      "URL",
      `"${url}" has a "%" that does not start a valid %-escape (write %25).`,
    );
  }
  // Dot segments (also %2e and backslash spellings, which URL resolution honours) would let a
  // path climb out of the API prefix.
  const resolved = decodeURI(path).replace(/\\/g, "/");
  if (!PREFIXES.some((p) => path.startsWith(p)) || /(^|\/)\.\.?(\/|$|\?)/.test(resolved))
    throw new InputError(
      "URL",
      `must be a path under /api/v4/ or /api/v1/ (got "${url}"), such as /api/v4/brandfolders.`,
    );
  return path;
}

function queryOf(pairs: Pairs | undefined): Record<string, ParamValue> {
  const grouped: Record<string, string[]> = {};
  for (const [k, v] of pairs ?? []) (grouped[k] ??= []).push(v);
  return Object.fromEntries(
    Object.entries(grouped).map(([k, v]) => [k, v.length === 1 ? v[0] : new Repeated(v)]),
  );
}

/** JSON text parsed, or any value mapped from a step; blank means no body. */
function jsonBody(value: unknown): { present: boolean; value?: unknown } {
  // Typed JSON `null` parses to a body of null; a blank or unmapped input is none.
  const parsed = jsonValue("Data", value);
  return parsed === undefined ? { present: false } : { present: true, value: parsed };
}

export const rawRequest = action({
  display: {
    label: "Raw Request",
    description: `Send a request to any Brandfolder API endpoint that has no action, authenticated with the connection's API key. Brandfolder API: GET, POST, PUT or DELETE ${V4}/… or ${V1}/… on the connection's API host (${BRANDFOLDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    url: input({
      label: "URL",
      type: "string",
      required: true,
      comments:
        "A path under /api/v4/ (or /api/v1/ for webhooks) on the connection's API host, such as /api/v4/brandfolders. A full URL is accepted only on the API host itself: the API key is never sent anywhere else.",
      example: "/api/v4/brandfolders",
      clean: withKind({ kind: "url" }, (v: unknown) => scalarText("URL", v).trim()),
    }),
    method: choiceInput({
      label: "Method",
      comments: "The HTTP method. Brandfolder has no PATCH: updates use PUT.",
      required: true,
      default: "GET",
      options: METHODS.map((m) => ({ label: m, value: m })),
    }),
    data: input({
      label: "Data",
      type: "code",
      language: "json",
      required: false,
      comments:
        'The JSON body, sent exactly as given, e.g. {"data": {"attributes": {"name": "Spring"}}}. Blank sends no body.',
      example: '{"data": {"attributes": {"name": "Spring"}}}',
      clean: withKind({ kind: "passthrough" }, (v: unknown) => v),
    }),
    queryParams: keyValueListInput({
      label: "Query Parameter",
      comments:
        "Query parameters such as include=organization or per=100. A key given in several rows is sent repeated.",
    }),
    timeout: integerInput({
      label: "Timeout",
      comments: "How long to wait for Brandfolder's answer, in milliseconds (default 60000).",
      min: 1,
      example: "60000",
    }),
  },
  examplePayload: { data: brandfolderGetExample as unknown },
  perform: async (context, params) => {
    const body = jsonBody(params.data);
    const client = clientFor(params.connection, context, {
      timeoutAdvice: "Raise the Timeout input if Brandfolder is slow for this call.",
    });
    const path = apiPath(params.url, client.origin).replace(/[{}]/g, encodeURIComponent);
    const response = await client.request({
      method: (params.method ?? "GET") as HttpMethod,
      path,
      query: queryOf(params.queryParams),
      body: body.present ? { encoding: "json", value: body.value } : undefined,
      timeoutMs: params.timeout,
    });
    return { data: response.data };
  },
});
