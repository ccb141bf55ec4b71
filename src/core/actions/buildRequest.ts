import type { Inputs } from "@prismatic-io/spectral";
import type { ParamValue, RequestBody } from "../http/request";
import { InputError } from "../inputs/clean";
import type { Pairs } from "../inputs/lists";
import { filledIn, mergeWithData } from "../inputs/mergeData";
import type { ActionSpec, Mapping, Params } from "./actionSpec";

type AnySpec<I extends Inputs> = ActionSpec<I, unknown, unknown>;
/** Flattens Data into form fields (the vendor's `formFields`); JSON bodies take it as it is. */
export type FormFields = (label: string, data: Record<string, unknown>) => Record<string, unknown>;

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

const labelOf = (inputs: Inputs, key: string): string | undefined => {
  const label = (inputs as Record<string, { label?: unknown }>)[key]?.label;
  return typeof label === "string" ? label : undefined;
};

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

/** Who sets a mapped field, for a collision message: the input's label, or the action itself. */
function owner<I extends Inputs>(spec: AnySpec<I>, mapping: Mapping<I>, field: string) {
  const source = mapping[field];
  const label = labelOf(spec.inputs, typeof source === "string" ? source : field);
  return label ? `the "${label}" input controls` : "this action sets itself";
}

/**
 * Extra Parameters on GET endpoints: a key given several times is sent once, comma-separated,
 * because list filters (`tags`, `type`, `ids`...) read comma lists and keep only one value of a
 * repeated key. A key an input of the action controls is refused.
 */
function extraQuery<I extends Inputs>(
  spec: AnySpec<I>,
  pairs: Pairs | undefined,
): Record<string, string> {
  const label = labelOf(spec.inputs, spec.extraQueryInput as string) ?? "Extra Parameters";
  const mapping = spec.query ?? {};
  const controlled = new Map(Object.keys(mapping).map((k) => [k.toLowerCase(), k]));
  const grouped: Record<string, string[]> = {};
  for (const [key, value] of pairs ?? []) {
    const field = controlled.get(key.toLowerCase());
    if (field)
      throw new InputError(
        label,
        `sets "${key}", which ${owner(spec, mapping, field)}: use that instead, or remove the row.`,
      );
    (grouped[key] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(grouped).map(([k, v]) => [k, v.join(",")]));
}

/** Data merged over the mapped body fields; a field both set is refused rather than silently overridden. */
function mergeData<I extends Inputs>(
  spec: AnySpec<I>,
  mapped: Record<string, unknown>,
  data: Record<string, unknown> | undefined,
  formFields: FormFields | undefined,
): Record<string, unknown> {
  if (!data) return mapped;
  const label = labelOf(spec.inputs, spec.dataInput as string) ?? "Data";
  const fields = spec.encoding === "form" && formFields ? formFields(label, data) : data;
  return mergeWithData(label, mapped, fields, (key) => filledIn(owner(spec, spec.body ?? {}, key)));
}

/** Pure: the request an action's spec describes for these cleaned inputs. Throws InputError for a collision. */
export function buildActionRequest<I extends Inputs, T, C>(
  spec: ActionSpec<I, T, C>,
  params: Params<I>,
  formFields?: FormFields,
): ActionRequest {
  const values = params as Record<string, unknown>;
  const generic = spec as unknown as AnySpec<I>;
  const pathParams = Object.fromEntries(
    pathPlaceholders(spec.path).map((k) => [k, String(values[k] ?? "")]),
  );
  const query = {
    ...mapFields(spec.query, params),
    ...(spec.extraQueryInput
      ? extraQuery(generic, values[spec.extraQueryInput] as Pairs | undefined)
      : {}),
  } as Record<string, ParamValue>;
  let body: RequestBody | undefined;
  if (spec.body || spec.dataInput) {
    const fields = mergeData(
      generic,
      mapFields(spec.body, params),
      spec.dataInput ? (values[spec.dataInput] as Record<string, unknown> | undefined) : undefined,
      formFields,
    );
    body =
      spec.encoding === "json" ? { encoding: "json", value: fields } : { encoding: "form", fields };
  }
  return { path: spec.path, pathParams, query, body };
}
