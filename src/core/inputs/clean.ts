import { z } from "zod";

/**
 * The one rule every input follows: a value is either sent exactly as the user meant it or refused
 * here, before any request, with an InputError naming the input. Lists and key/value lists live in
 * ./lists.ts, form flattening in ./formFields.ts.
 *
 * - IDs, choices, dates and emails: outer whitespace (a mapping artifact) is trimmed; nothing else.
 * - Free text: sent verbatim (never trimmed, split or re-joined); only all-whitespace counts as blank.
 * - Secrets: sent byte for byte; all-whitespace counts as blank; the value never appears in an error.
 * - Numbers mapped into text are sent as written by JavaScript only when that is exact (no `1e+23`).
 * - Lists and objects are refused by single-value inputs, with a hint.
 */
export class InputError extends Error {
  constructor(label: string, problem: string) {
    super(`Input "${label}" ${problem}`);
    this.name = "InputError";
  }
}

const isBlankish = (value: unknown) => value === undefined || value === null;

/** Describes a value's shape for an error without echoing it (it may be a secret). */
export function shapeOf(value: unknown): string {
  if (Array.isArray(value))
    return `a list of ${value.length} value${value.length === 1 ? "" : "s"}`;
  if (value === null) return "null";
  if (Buffer.isBuffer(value)) return "binary data";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** A number as text only when the text is exact: 12 and 1.5, never 1e+23 or NaN. */
export function exactNumberText(label: string, n: number): string {
  const text = String(n);
  if (!Number.isFinite(n) || /e/i.test(text) || (Number.isInteger(n) && !Number.isSafeInteger(n)))
    throw new InputError(
      label,
      `is the number ${text}, which cannot be sent exactly: map it as text instead.`,
    );
  return text;
}

/** A single value as text, untouched; lists and objects are refused. */
export function scalarText(label: string, value: unknown, hint = ""): string {
  if (isBlankish(value)) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return exactNumberText(label, value);
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return value.toString();
  const idHint =
    value && typeof value === "object" && !Array.isArray(value) && ("id" in value || "ID" in value)
      ? ' Map its "id" field instead.'
      : "";
  const oneItem =
    Array.isArray(value) && value.length === 1 ? " Map the single item itself instead." : "";
  throw new InputError(
    label,
    `must be a single value, but got ${shapeOf(value)}.${idHint}${oneItem}${hint}`,
  );
}

/** A trimmed single value (an ID, a choice, a date); undefined when blank. */
export function optionalString(label: string, value: unknown): string | undefined {
  const t = scalarText(label, value).trim();
  return t === "" ? undefined : t;
}

export function requiredString(label: string, value: unknown): string {
  const t = optionalString(label, value);
  if (t === undefined) throw new InputError(label, "is required but was left blank.");
  return t;
}

const ID_LIST_HINT = " This input takes one ID; use an action that takes several IDs.";

/** One ID: lists and objects are refused (never stringified into something that looks like an ID). */
export function optionalId(label: string, value: unknown): string | undefined {
  const t = scalarText(label, value, Array.isArray(value) ? ID_LIST_HINT : "").trim();
  // URL parsers resolve these as path segments, so they can never address one item.
  if (/^(\.|%2e){1,2}$/i.test(t)) throw new InputError(label, `cannot be "${t}".`);
  return t === "" ? undefined : t;
}

export function requiredId(label: string, value: unknown): string {
  const t = optionalId(label, value);
  if (t === undefined) throw new InputError(label, "is required but was left blank.");
  return t;
}

/** Free text, verbatim; undefined when blank or all whitespace. */
export function optionalText(label: string, value: unknown): string | undefined {
  const t = scalarText(label, value);
  return t.trim() === "" ? undefined : t;
}

export function requiredText(label: string, value: unknown): string {
  const t = optionalText(label, value);
  if (t === undefined) throw new InputError(label, "is required but was left blank.");
  return t;
}

/** A password or other secret, byte for byte; the value never appears in an error. */
export function optionalSecret(label: string, value: unknown): string | undefined {
  if (!isBlankish(value) && typeof value !== "string" && typeof value !== "number")
    throw new InputError(label, `must be text, but got ${shapeOf(value)}.`);
  const t = scalarText(label, value);
  return t.trim() === "" ? undefined : t;
}

export function requiredSecret(label: string, value: unknown): string {
  const t = optionalSecret(label, value);
  if (t === undefined) throw new InputError(label, "is required but was left blank.");
  return t;
}

export const TRUE_WORDS: readonly string[] = ["true", "t", "yes", "y", "1", "on"];
export const FALSE_WORDS: readonly string[] = ["false", "f", "no", "n", "0", "off"];

/** The one boolean parser: true/false words (any case, outer spaces ignored); blank is undefined. */
export function parseBoolean(label: string, value: unknown): boolean | undefined {
  if (isBlankish(value)) return undefined;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== "string")
    throw new InputError(label, `must be true or false, but got ${shapeOf(value)}.`);
  const t = value.trim().toLowerCase();
  if (t === "") return undefined;
  if (TRUE_WORDS.includes(t)) return true;
  if (FALSE_WORDS.includes(t)) return false;
  throw new InputError(label, `must be true or false (got "${value}").`);
}

/** A toggle whose "off" is the API's own default: true when on, undefined (not sent) when off. */
export function flag(label: string, value: unknown): true | undefined {
  return parseBoolean(label, value) ? true : undefined;
}

/** A yes/no/unchanged choice: undefined when blank, so an update never changes what the user left alone. */
export function optionalBoolean(label: string, value: unknown): boolean | undefined {
  return parseBoolean(label, value);
}

/** Without bounds of its own, an integer must fit a 32-bit signed int, the range the APIs we call work in. */
export const WORKING_RANGE = { min: -2_147_483_648, max: 2_147_483_647 };

export function optionalInteger(
  label: string,
  value: unknown,
  bounds: { min?: number; max?: number } = {},
): number | undefined {
  if (isBlankish(value)) return undefined;
  let digits: string;
  if (typeof value === "number") {
    if (!Number.isInteger(value))
      throw new InputError(label, `must be a whole number (got ${String(value)}).`);
    digits = BigInt(value).toString();
  } else if (typeof value === "string") {
    digits = value.trim();
    if (digits === "") return undefined;
    if (!/^[+-]?\d+$/.test(digits))
      throw new InputError(label, `must be a whole number (got "${value}").`);
  } else {
    throw new InputError(label, `must be a whole number, but got ${shapeOf(value)}.`);
  }
  const big = BigInt(digits);
  const min = bounds.min ?? WORKING_RANGE.min;
  const max = bounds.max ?? WORKING_RANGE.max;
  const shown = big.toString();
  if (big < BigInt(min)) throw new InputError(label, `must be at least ${min} (got ${shown}).`);
  if (big > BigInt(max)) throw new InputError(label, `must be at most ${max} (got ${shown}).`);
  return Number(big);
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

/** JSON typed into an input, parsed; a value mapped from a step as it is; blank → undefined. */
export function jsonValue(label: string, value: unknown): unknown {
  if (isBlankish(value)) return undefined;
  if (typeof value !== "string") return value;
  if (value.trim() === "") return undefined;
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new InputError(label, `is not valid JSON: ${(error as Error).message}.`);
  }
}

/**
 * A JSON list whose every item matches `item` (typed or mapped); an empty list counts as blank.
 * `like` shows the expected shape in the error, e.g. `keys like [{"name": "size"}]`.
 */
export function jsonList<T>(
  label: string,
  value: unknown,
  item: z.ZodType<T>,
  like: string,
): T[] | undefined {
  const parsed = jsonValue(label, value);
  if (parsed === undefined) return undefined;
  const result = z.array(item).safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(
      label,
      `must be a JSON list of ${like} (${issue?.message ?? "invalid"} at ${issue?.path.join(".") || "(root)"}).`,
    );
  }
  return result.data.length ? result.data : undefined;
}

/** A JSON object typed into a Data input (or mapped from an earlier step). Anything else is an error, never spread. */
export function jsonObject(label: string, value: unknown): Record<string, unknown> | undefined {
  const parsed = jsonValue(label, value);
  if (parsed === undefined) return undefined;
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      label,
      `must be a JSON object like {"key": "value"} (got ${Array.isArray(parsed) ? "an array" : typeof parsed}).`,
    );
  }
  return parsed as Record<string, unknown>;
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

// Lists and key/value lists live in ./lists; re-exported so `clean.stringList` keeps working.
export { keyValuePairs, stringList, type Pairs } from "./lists";
