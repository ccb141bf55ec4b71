/**
 * What kind of value each input's `clean` produces, so the property-based suite can check every
 * input of every action against the rule of its kind. Inputs register through the factories; an
 * input with a `clean` but no kind fails the suite.
 */
export type InputKind =
  | { kind: "id" }
  /** A brand ID; the dropdown's `subBrand:` prefix marks a sub-brand. */
  | { kind: "brand" }
  | { kind: "text" }
  | { kind: "secret" }
  | { kind: "email" }
  | { kind: "date" }
  | { kind: "url" }
  | { kind: "choice"; values: readonly string[] }
  | { kind: "flag" }
  | { kind: "boolean"; default: boolean }
  | { kind: "optionalBoolean" }
  | { kind: "integer"; min?: number; max?: number }
  | { kind: "list"; items: "id" | "text"; values?: readonly string[] }
  | { kind: "keyValue" }
  | { kind: "jsonObject" }
  | { kind: "metaproperties" }
  /** Sent as given (Raw Request's body, File Data): no cleaning to check. */
  | { kind: "passthrough" };

const kinds = new WeakMap<object, InputKind>();

/** Registers a clean function's kind and returns it unchanged. */
export function withKind<F extends (value: unknown) => unknown>(kind: InputKind, clean: F): F {
  kinds.set(clean, kind);
  return clean;
}

export function kindOf(clean: unknown): InputKind | undefined {
  return typeof clean === "function" ? kinds.get(clean) : undefined;
}
