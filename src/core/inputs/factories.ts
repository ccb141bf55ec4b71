import { input } from "@prismatic-io/spectral";
import * as clean from "./clean";
import { withKind } from "./kinds";
import { keyValuePairs, stringList } from "./lists";

interface Base {
  label: string;
  comments: string;
  example?: string;
  placeholder?: string;
}

/** An ID input. Required unless `required: false`; give it a dropdown (`dataSource`) wherever the API can list the IDs. A list or an object is refused. */
export function idInput(o: Base & { dataSource?: string }) {
  return input({
    type: "string",
    required: true,
    ...o,
    clean: withKind({ kind: "id" }, (v: unknown) => clean.requiredId(o.label, v)),
  });
}

export function optionalIdInput(o: Base & { dataSource?: string }) {
  return input({
    type: "string",
    required: false,
    ...o,
    clean: withKind({ kind: "id" }, (v: unknown) => clean.optionalId(o.label, v)),
  });
}

/** Free text, sent verbatim (never trimmed or split); all whitespace counts as blank. */
export function requiredTextInput(o: Base) {
  return input({
    type: "string",
    required: true,
    ...o,
    clean: withKind({ kind: "text" }, (v: unknown) => clean.requiredText(o.label, v)),
  });
}

export function textInput(o: Base) {
  return input({
    type: "string",
    required: false,
    ...o,
    clean: withKind({ kind: "text" }, (v: unknown) => clean.optionalText(o.label, v)),
  });
}

/** Sent byte for byte (no trim); all whitespace counts as blank; never echoed in an error. */
export function passwordInput(o: Base & { required: boolean }) {
  return input({
    type: "password",
    ...o,
    clean: withKind({ kind: "secret" }, (v: unknown) =>
      o.required ? clean.requiredSecret(o.label, v) : clean.optionalSecret(o.label, v),
    ),
  });
}

export function emailInput(o: Base & { required: boolean }) {
  return input({
    type: "string",
    ...o,
    clean: withKind({ kind: "email" }, (v: unknown) => {
      if (o.required) clean.requiredString(o.label, v);
      return clean.optionalEmail(o.label, v);
    }),
  });
}

/** A toggle that is only sent when on (its "off" is the API's default). */
export function flagInput(o: Base & { default?: "true" | "false" }) {
  return input({
    type: "boolean",
    required: false,
    default: "false",
    ...o,
    clean: withKind({ kind: "flag" }, (v: unknown) =>
      (clean.parseBoolean(o.label, v) ?? o.default === "true") ? true : undefined,
    ),
  });
}

/** A toggle that is always sent, as true or false, where the API's own default is not what the user wants. Blank means the default. */
export function booleanInput(o: { label: string; comments: string; default: "true" | "false" }) {
  const fallback = o.default === "true";
  return input({
    type: "boolean",
    required: false,
    ...o,
    clean: withKind(
      { kind: "boolean", default: fallback },
      (v: unknown): boolean => clean.parseBoolean(o.label, v) ?? fallback,
    ),
  });
}

/** True / False / blank (leave unchanged), for settings where "false" is a real change. */
export function optionalBooleanInput(o: Base) {
  return input({
    type: "string",
    required: false,
    ...o,
    model: [
      { label: "(leave unchanged)", value: "" },
      { label: "Yes", value: "true" },
      { label: "No", value: "false" },
    ],
    clean: withKind({ kind: "optionalBoolean" }, (v: unknown) => clean.optionalBoolean(o.label, v)),
  });
}

/** A safe whole number within `min`/`max` (or a 32-bit range); decimals, exponents and hex are refused. */
export function integerInput(
  o: Base & { min?: number; max?: number; required?: boolean; default?: string },
) {
  const { min, max, ...rest } = o;
  return input({
    type: "string",
    required: false,
    ...rest,
    clean: withKind({ kind: "integer", min, max }, (v: unknown) =>
      o.required
        ? clean.requiredInteger(o.label, v, { min, max })
        : clean.optionalInteger(o.label, v, { min, max }),
    ),
  });
}

export function choiceInput<T extends string>(
  o: Base & { options: readonly { label: string; value: T }[]; required?: boolean; default?: T },
) {
  const { options, ...rest } = o;
  const values = options.map((x) => x.value);
  return input({
    type: "string",
    required: false,
    ...rest,
    model: options.map((x) => ({ label: x.label, value: x.value })),
    clean: withKind({ kind: "choice", values }, (v: unknown): T | undefined => {
      if (o.required) clean.requiredString(o.label, v);
      return clean.oneOf(o.label, v, values);
    }),
  });
}

export function jsonObjectInput(o: Base) {
  return input({
    type: "code",
    language: "json",
    required: false,
    ...o,
    clean: withKind({ kind: "jsonObject" }, (v: unknown) => clean.jsonObject(o.label, v)),
  });
}

/** Cleans into ordered `[key, value]` pairs: repeated keys are all kept, for the action to send as its endpoint expects. */
export function keyValueListInput(o: Base) {
  return input({
    type: "string",
    collection: "keyvaluelist",
    required: false,
    ...o,
    clean: withKind({ kind: "keyValue" }, (v: unknown) => keyValuePairs(o.label, v)),
  });
}

/**
 * A list (rows, a JSON-text list, or objects with an `id`). `items: "id"` (default) also splits
 * rows on commas and newlines; `items: "text"` keeps each row verbatim. `values` restricts items.
 */
export function valueListInput(
  o: Base & {
    required?: boolean;
    dataSource?: string;
    items?: "id" | "text";
    values?: readonly string[];
    /** Suggested values shown as a picklist; `values` still decides what is accepted. */
    model?: { label: string; value: string }[];
  },
) {
  const { items = "id", values, ...rest } = o;
  return input({
    type: "string",
    collection: "valuelist",
    required: false,
    ...rest,
    clean: withKind({ kind: "list", items, values }, (v: unknown) => {
      const list = stringList(o.label, v, { items });
      if (o.required && !list) throw new clean.InputError(o.label, "needs at least one value.");
      // An item of a restricted list is a choice: checked and sent trimmed, like any choice.
      if (values && list) return list.map((item) => clean.oneOf(o.label, item, values) as string);
      return list;
    }),
  });
}

/** The Connection input every action and dropdown of a vendor's component starts with. */
export const connectionInputFor = (vendor: string) =>
  input({
    label: "Connection",
    type: "connection",
    required: true,
    comments: `The ${vendor} connection to use.`,
  });
export type ConnectionInput = ReturnType<typeof connectionInputFor>;
