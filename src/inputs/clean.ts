import type { KeyValuePair } from "@prismatic-io/spectral";

/** Errors from input cleaning name the input and say what is wrong; they are raised before any request. */
export class InputError extends Error {
  constructor(label: string, problem: string) {
    super(`Input "${label}" ${problem}`);
    this.name = "InputError";
  }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function optionalString(_label: string, value: unknown): string | undefined {
  const t = text(value);
  return t === "" ? undefined : t;
}

export function requiredString(label: string, value: unknown): string {
  const t = text(value);
  if (t === "") throw new InputError(label, "is required but was left blank.");
  return t;
}

const TRUE = new Set(["true", "t", "yes", "y", "1", "on"]);
const FALSE = new Set(["false", "f", "no", "n", "0", "off", ""]);

/** A toggle whose "off" is Bynder's own default: true when on, undefined (not sent) when off. */
export function flag(label: string, value: unknown): true | undefined {
  const t = text(value).toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return undefined;
  throw new InputError(label, `must be true or false (got "${text(value)}").`);
}

/** A yes/no/unchanged choice: undefined when blank, so an update never changes what the user left alone. */
export function optionalBoolean(label: string, value: unknown): boolean | undefined {
  const t = text(value).toLowerCase();
  if (t === "") return undefined;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new InputError(label, `must be true, false or blank (got "${text(value)}").`);
}

export function optionalInteger(
  label: string,
  value: unknown,
  bounds: { min?: number; max?: number } = {},
): number | undefined {
  const t = text(value);
  if (t === "") return undefined;
  if (!/^-?\d+$/.test(t)) throw new InputError(label, `must be a whole number (got "${t}").`);
  const n = Number(t);
  if (bounds.min !== undefined && n < bounds.min)
    throw new InputError(label, `must be at least ${bounds.min} (got ${n}).`);
  if (bounds.max !== undefined && n > bounds.max)
    throw new InputError(label, `must be at most ${bounds.max} (got ${n}).`);
  return n;
}

export function requiredInteger(
  label: string,
  value: unknown,
  bounds: { min?: number; max?: number } = {},
): number {
  const n = optionalInteger(label, value, bounds);
  if (n === undefined) throw new InputError(label, "is required but was left blank.");
  return n;
}

/** A JSON object typed into a Data input (or mapped from an earlier step). Anything else is an error, never spread. */
export function jsonObject(label: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  let parsed: unknown = value;
  if (typeof value === "string") {
    if (value.trim() === "") return undefined;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new InputError(label, `is not valid JSON: ${(error as Error).message}.`);
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      label,
      `must be a JSON object like {"key": "value"} (got ${Array.isArray(parsed) ? "an array" : typeof parsed}).`,
    );
  }
  return parsed as Record<string, unknown>;
}

/** A key/value list as an object; a blank key with a value is an error rather than silently dropped. */
export function keyValueList(label: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (!Array.isArray(value)) {
    const obj = jsonObject(label, value);
    return obj && Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, text(v)]));
  }
  const out: Record<string, string> = {};
  for (const entry of value as KeyValuePair<unknown>[]) {
    const key = text(entry?.key);
    const val = text(entry?.value);
    if (key === "" && val === "") continue;
    if (key === "") throw new InputError(label, `has a value ("${val}") with a blank key.`);
    out[key] = val;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A value list or a comma-separated string, as trimmed non-blank items. */
export function stringList(_label: string, value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = Array.isArray(value)
    ? value.flatMap((v) => text(v).split(","))
    : text(value).split(",");
  const items = raw.map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function optionalEmail(label: string, value: unknown): string | undefined {
  const t = optionalString(label, value);
  if (t !== undefined && !EMAIL.test(t))
    throw new InputError(label, `must be an email address like name@example.com (got "${t}").`);
  return t;
}

export function oneOf<T extends string>(
  label: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  const t = optionalString(label, value);
  if (t === undefined) return undefined;
  if (!allowed.includes(t as T))
    throw new InputError(label, `must be one of ${allowed.join(", ")} (got "${t}").`);
  return t as T;
}
