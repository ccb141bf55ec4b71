import { exactNumberText, InputError, jsonObject, scalarText, shapeOf } from "./clean";

/** Ordered key/value pairs: repeated keys are all kept; each consumer decides how to send them. */
export type Pairs = [string, string][];

/** Characters that only appear in an ID when a JSON list was split into fragments (`["A"`). */
const FRAGMENT = /[[\]{}"]/;

function parseJsonList(label: string, text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(
      label,
      'starts like a JSON list but is not valid JSON: use ["A", "B"], one value per row, or comma-separated values.',
    );
  }
  if (!Array.isArray(parsed))
    throw new InputError(label, `must be a list (got ${shapeOf(parsed)}).`);
  return parsed;
}

/** The rows of a list input, whatever shape it was mapped in. */
function rows(label: string, value: unknown): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value;
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return undefined;
    if (t.startsWith("[")) return parseJsonList(label, t);
    if (t.startsWith("{"))
      throw new InputError(label, "must be a list, but got a JSON object. Map the list inside it.");
    return [value];
  }
  if (typeof value === "object" && !Buffer.isBuffer(value))
    throw new InputError(
      label,
      `must be a list, but got an object. Map a list (or the list inside this object) instead.`,
    );
  return [value];
}

function rowText(label: string, row: unknown, index: number): string {
  if (row && typeof row === "object" && !Array.isArray(row)) {
    const id = (row as Record<string, unknown>).id ?? (row as Record<string, unknown>).ID;
    if (typeof id === "string") return id;
    if (typeof id === "number") return exactNumberText(label, id);
    throw new InputError(label, `has an object at position ${index + 1} without an "id" field.`);
  }
  if (Array.isArray(row))
    throw new InputError(label, `has a list inside the list (at position ${index + 1}).`);
  return scalarText(label, row);
}

/**
 * A list input. It accepts a list of values, a JSON-text list (`["A","B"]`) or a list of objects
 * with an `id` (or `ID`), such as List Assets' `media` array.
 * - `items: "id"` (default): each row may also be comma- or newline-separated; items are trimmed,
 *   and an item that holds JSON punctuation (`["A"`) is refused, never sent as an ID.
 * - `items: "text"`: each row is one value, verbatim (free text is never split or trimmed).
 */
export function stringList(
  label: string,
  value: unknown,
  options: { items?: "id" | "text" } = {},
): string[] | undefined {
  const list = rows(label, value);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((row, index) => {
    if (typeof row === "string" && row.trim().startsWith("[")) {
      for (const inner of parseJsonList(label, row.trim()))
        out.push(...(stringList(label, [inner], options) ?? []));
      return;
    }
    const text = rowText(label, row, index);
    if (options.items === "text") {
      if (text.trim() !== "") out.push(text);
      return;
    }
    for (const part of text.split(/[,\r\n]/)) {
      const item = part.trim();
      if (item === "") continue;
      if (FRAGMENT.test(item))
        throw new InputError(
          label,
          `has the item "${item}", which is not an ID (it holds JSON punctuation). Map a list, or type IDs one per row.`,
        );
      out.push(item);
    }
  });
  return out.length ? out : undefined;
}

function pushValues(label: string, out: Pairs, key: string, value: unknown) {
  if (Array.isArray(value)) for (const v of value) out.push([key, scalarText(label, v)]);
  else out.push([key, scalarText(label, value)]);
}

/**
 * A key/value list as ordered pairs (repeated keys kept, in order). Keys are trimmed; values are
 * verbatim. A row with a blank key and a value is refused rather than dropped. A JSON object (or a
 * mapped object) is accepted too, a list value becoming repeated pairs.
 */
export function keyValuePairs(label: string, value: unknown): Pairs | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const out: Pairs = [];
  if (!Array.isArray(value)) {
    const obj = jsonObject(label, value);
    for (const [k, v] of Object.entries(obj ?? {})) {
      if (k.trim() === "") throw new InputError(label, "has a blank key.");
      pushValues(label, out, k.trim(), v);
    }
  } else {
    for (const entry of value) {
      if (!entry || typeof entry !== "object" || Array.isArray(entry))
        throw new InputError(label, `must be a list of key/value rows (got ${shapeOf(entry)}).`);
      const { key: rawKey, value: rawValue } = entry as { key?: unknown; value?: unknown };
      const key = scalarText(label, rawKey).trim();
      const blankValue =
        rawValue === undefined || rawValue === null || String(rawValue).trim() === "";
      if (key === "" && blankValue) continue;
      if (key === "")
        throw new InputError(
          label,
          `has a value ("${scalarText(label, rawValue)}") with a blank key.`,
        );
      pushValues(label, out, key, rawValue);
    }
  }
  return out.length ? out : undefined;
}

/** Pairs as an object where every key must be unique; a repeated key is refused with `why`. */
export function uniqueKeys(label: string, pairs: Pairs | undefined, why: string) {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs ?? []) {
    if (k in out) throw new InputError(label, `repeats the key "${k}": ${why}`);
    out[k] = v;
  }
  return out;
}
