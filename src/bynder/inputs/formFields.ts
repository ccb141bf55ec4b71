import { exactNumberText, InputError, shapeOf } from "../../core/inputs/clean";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);

const NESTED_HINT =
  'Bynder\'s form fields take text, numbers, true/false or lists of them; metaproperties go in as {"metaproperty": {"<metapropertyId>": ["<optionId>", ...]}}.';

function scalarField(label: string, path: string, value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return exactNumberText(label, value);
  if (typeof value === "boolean") return String(value);
  if (value === null)
    throw new InputError(label, `sets "${path}" to null: use "" to send an empty value.`);
  throw new InputError(label, `has ${shapeOf(value)} at "${path}". ${NESTED_HINT}`);
}

/** A list as Bynder's comma-separated text; an item holding a comma would be split by Bynder, so it is refused. */
function listField(label: string, path: string, list: unknown[]): string {
  return list
    .map((item, i) => {
      const text = scalarField(label, `${path}[${i}]`, item);
      if (text.includes(","))
        throw new InputError(
          label,
          `has "${text}" in the list at "${path}": Bynder reads this field as comma-separated values, so an item cannot hold a comma.`,
        );
      return text;
    })
    .join(",");
}

function fieldValue(label: string, path: string, value: unknown): string {
  return Array.isArray(value) ? listField(label, path, value) : scalarField(label, path, value);
}

/**
 * Flattens a Data object into Bynder's flat form fields, the only shape its v4 form endpoints read
 * (a nested value would go out as one JSON-text field that Bynder accepts with 202 and ignores):
 * `{"metaproperty": {"<id>": "a" | ["a","b"]}}` becomes `metaproperty.<id>=a,b`; lists become
 * comma-separated text; anything else nested is refused with an InputError naming the input.
 */
export function flattenFormData(label: string, data: Record<string, unknown>) {
  const out: Record<string, string> = {};
  const put = (key: string, value: string) => {
    if (key in out)
      throw new InputError(label, `sets "${key}" twice (directly and through "metaproperty").`);
    out[key] = value;
  };
  for (const [key, value] of Object.entries(data)) {
    if (key === "metaproperty" && isPlainObject(value)) {
      for (const [id, options] of Object.entries(value)) {
        if (id.trim() === "")
          throw new InputError(label, 'has a blank metaproperty ID in "metaproperty".');
        put(`metaproperty.${id.trim()}`, fieldValue(label, `metaproperty.${id}`, options));
      }
    } else {
      put(key, fieldValue(label, key, value));
    }
  }
  return out;
}
