import { input } from "@prismatic-io/spectral";
import * as clean from "./clean";

interface Base {
  label: string;
  comments: string;
  example?: string;
  placeholder?: string;
}

/** An ID input. Required unless `required: false`; give it a dropdown (`dataSource`) wherever Bynder can list the IDs. */
export function idInput(o: Base & { dataSource?: string }) {
  return input({
    type: "string",
    required: true,
    ...o,
    clean: (v: unknown) => clean.requiredString(o.label, v),
  });
}

export function optionalIdInput(o: Base & { dataSource?: string }) {
  return input({
    type: "string",
    required: false,
    ...o,
    clean: (v: unknown) => clean.optionalString(o.label, v),
  });
}

export function requiredTextInput(o: Base) {
  return input({
    type: "string",
    required: true,
    ...o,
    clean: (v: unknown) => clean.requiredString(o.label, v),
  });
}

export function textInput(o: Base) {
  return input({
    type: "string",
    required: false,
    ...o,
    clean: (v: unknown) => clean.optionalString(o.label, v),
  });
}

export function passwordInput(o: Base & { required: boolean }) {
  return input({
    type: "password",
    ...o,
    clean: (v: unknown) =>
      o.required ? clean.requiredString(o.label, v) : clean.optionalString(o.label, v),
  });
}

export function emailInput(o: Base & { required: boolean }) {
  return input({
    type: "string",
    ...o,
    clean: (v: unknown) => {
      if (o.required) clean.requiredString(o.label, v);
      return clean.optionalEmail(o.label, v);
    },
  });
}

/** A toggle that is only sent when on (its "off" is Bynder's default). */
export function flagInput(o: Base & { default?: "true" | "false" }) {
  return input({
    type: "boolean",
    required: false,
    default: "false",
    ...o,
    clean: (v: unknown) => clean.flag(o.label, v),
  });
}

/** A toggle that is always sent, as true or false, where Bynder's own default is not what the user wants. */
export function booleanInput(o: { label: string; comments: string; default: "true" | "false" }) {
  return input({
    type: "boolean",
    required: false,
    ...o,
    clean: (v: unknown): boolean => clean.optionalBoolean(o.label, v) ?? o.default === "true",
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
    clean: (v: unknown) => clean.optionalBoolean(o.label, v),
  });
}

export function integerInput(
  o: Base & { min?: number; max?: number; required?: boolean; default?: string },
) {
  const { min, max, ...rest } = o;
  return input({
    type: "string",
    required: false,
    ...rest,
    clean: (v: unknown) =>
      o.required
        ? clean.requiredInteger(o.label, v, { min, max })
        : clean.optionalInteger(o.label, v, { min, max }),
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
    clean: (v: unknown): T | undefined => {
      if (o.required) clean.requiredString(o.label, v);
      return clean.oneOf(o.label, v, values);
    },
  });
}

export function jsonObjectInput(o: Base) {
  return input({
    type: "code",
    language: "json",
    required: false,
    ...o,
    clean: (v: unknown) => clean.jsonObject(o.label, v),
  });
}

export function keyValueListInput(o: Base) {
  return input({
    type: "string",
    collection: "keyvaluelist",
    required: false,
    ...o,
    clean: (v: unknown) => clean.keyValueList(o.label, v),
  });
}

export function valueListInput(o: Base & { required?: boolean; dataSource?: string }) {
  return input({
    type: "string",
    collection: "valuelist",
    required: false,
    ...o,
    clean: (v: unknown) => {
      const list = clean.stringList(o.label, v);
      if (o.required && !list) throw new clean.InputError(o.label, "needs at least one value.");
      return list;
    },
  });
}
