import type { Inputs } from "@prismatic-io/spectral";
import type { ParamValue, RequestBody } from "../client/request";
import type { BynderActionSpec, Mapping, Params } from "./actionSpec";

/** Everything an action sends, computed from its spec and cleaned inputs without any I/O. */
export interface ActionRequest {
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, ParamValue>;
  body?: RequestBody;
}

export function pathPlaceholders(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

function mapFields<I extends Inputs>(
  mapping: Mapping<I> | undefined,
  params: Params<I>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, source] of Object.entries(mapping ?? {})) {
    const value =
      typeof source === "function" ? source(params) : (params as Record<string, unknown>)[source];
    if (value !== undefined && value !== null && value !== "") out[field] = value;
  }
  return out;
}

/** Pure: the request an action's spec describes for these cleaned inputs. */
export function buildActionRequest<I extends Inputs, T>(
  spec: BynderActionSpec<I, T>,
  params: Params<I>,
): ActionRequest {
  const values = params as Record<string, unknown>;
  const pathParams = Object.fromEntries(
    pathPlaceholders(spec.path).map((k) => [k, String(values[k] ?? "")]),
  );
  const query = {
    ...mapFields(spec.query, params),
    ...(spec.extraQueryInput ? (values[spec.extraQueryInput] as object) : {}),
  } as Record<string, ParamValue>;
  let body: RequestBody | undefined;
  if (spec.body || spec.dataInput) {
    const fields = {
      ...mapFields(spec.body, params),
      ...(spec.dataInput ? (values[spec.dataInput] as object) : {}),
    };
    body =
      spec.encoding === "json" ? { encoding: "json", value: fields } : { encoding: "form", fields };
  }
  return { path: spec.path, pathParams, query, body };
}
