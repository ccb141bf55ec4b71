import { input } from "@prismatic-io/spectral";
import { InputError, optionalString } from "../../core/inputs/clean";
import { withKind } from "../../core/inputs/kinds";
import { keyValuePairs } from "../../core/inputs/lists";
import {
  choiceInput,
  idInput,
  optionalIdInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";

const ASSET_EXAMPLE_ID = "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B";
const METAPROPERTY_EXAMPLE_ID = "B1A2C3D4-E5F6-4A7B-8C9D0E1F2A3B4C5D";
const OPTION_EXAMPLE_ID = "C2B3D4E5-F6A7-4B8C-9D0E1F2A3B4C5D6E";

export const assetIdInput = idInput({
  label: "ID",
  comments:
    "The ID of the asset (media item). Pick one from the list or map it from an earlier step.",
  dataSource: "selectAsset",
  example: ASSET_EXAMPLE_ID,
});

/** The same asset ID, under the seed's "Asset ID" label. */
export const labelledAssetIdInput = idInput({
  label: "Asset ID",
  comments: "The ID of the asset. Pick one from the list or map it from an earlier step.",
  dataSource: "selectAsset",
  example: ASSET_EXAMPLE_ID,
});

export const assetIdsInput = valueListInput({
  label: "Asset IDs",
  comments: "The IDs of the assets. Add one per row, or map a list from an earlier step.",
  required: true,
  dataSource: "selectAsset",
  example: ASSET_EXAMPLE_ID,
});

function metapropertyIdInput(verb: "add" | "remove") {
  return idInput({
    label: "Metaproperty ID",
    comments: `Id of the metaproperty from which you want to ${verb} options.`,
    dataSource: "selectMetaproperty",
    example: METAPROPERTY_EXAMPLE_ID,
  });
}

function metapropertyOptionIdsInput(phrase: string) {
  return valueListInput({
    label: "Metaproperty Options IDs",
    comments: `List of metaproperty option ids you want to ${phrase} the asset.`,
    required: true,
    dataSource: "selectMetapropertyOption",
    example: OPTION_EXAMPLE_ID,
  });
}

export const addMetapropertyIdInput = metapropertyIdInput("add");
export const removeMetapropertyIdInput = metapropertyIdInput("remove");
export const addMetapropertyOptionIdsInput = metapropertyOptionIdsInput("add to");
export const removeMetapropertyOptionIdsInput = metapropertyOptionIdsInput("remove from");

/** Bynder option IDs: UUIDs (8-4-4-4-12), Bynder's 8-4-4-16 form, or 32 hex digits. */
const OPTION_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-?[0-9a-f]{12}|[0-9a-f]{32})$/i;

/** The option IDs of a value that is a comma-separated list of them, or undefined for anything else (text). */
function optionIdList(value: string): string[] | undefined {
  const parts = value.split(",").map((s) => s.trim());
  return parts.every((p) => OPTION_ID.test(p)) ? parts : undefined;
}

/**
 * Rows into Bynder's form fields, `metaproperty.<id>`. Bynder reads that field as option IDs for
 * select metaproperties and as the value itself for text, long text and date ones; the input cannot
 * know the type without a lookup, so only a value made of option IDs (UUID-like, comma-separated)
 * is treated as a list; anything else is text and sent verbatim. Rows for the same metaproperty
 * are merged into one field (option IDs only: two text values cannot be merged).
 */
export function metapropertyFields(value: unknown): Record<string, string> {
  const label = "Metaproperties";
  const pairs = keyValuePairs(label, value);
  if (!pairs) throw new InputError(label, "needs at least one metaproperty ID and value.");
  const merged = new Map<string, { options?: string[]; text?: string }>();
  for (const [key, raw] of pairs) {
    const id = key.replace(/^metaproperty\./, "").trim();
    if (!id) throw new InputError(label, `has a row with the key "${key}" and no metaproperty ID.`);
    if (raw.trim() === "") throw new InputError(label, `has metaproperty ${id} without a value.`);
    const options = optionIdList(raw);
    const seen = merged.get(id);
    if (!seen) {
      merged.set(id, options ? { options } : { text: raw });
    } else if (seen.options && options) {
      for (const o of options) if (!seen.options.includes(o)) seen.options.push(o);
    } else {
      throw new InputError(
        label,
        `has several rows for metaproperty ${id}, and not all are option IDs: rows are merged only for option IDs; a text value goes in one row.`,
      );
    }
  }
  return Object.fromEntries(
    [...merged].map(([id, v]) => [
      `metaproperty.${id}`,
      v.options ? v.options.join(",") : (v.text as string),
    ]),
  );
}

export const metapropertiesInput = input({
  label: "Metaproperties",
  type: "string",
  collection: "keyvaluelist",
  required: true,
  comments:
    "One row per metaproperty to set: the key is the metaproperty ID, the value is the option ID to set (several option IDs comma-separated, or one row per option: rows for the same metaproperty are merged). The options you list replace the asset's current options for that metaproperty. For a text, long text or date metaproperty, the value is sent exactly as typed (commas included); only values made entirely of option IDs are treated as lists.",
  example: `${METAPROPERTY_EXAMPLE_ID}=${OPTION_EXAMPLE_ID}`,
  clean: withKind({ kind: "metaproperties" }, metapropertyFields),
});

export const keywordInput = textInput({
  label: "Keyword",
  comments:
    "Search on file names, tags, extensions, collection names, guidelines, brand store, workflow campaigns and the text of PDF and Word documents.",
  example: "spring",
});

export const assetTypeInput = choiceInput({
  label: "Type",
  comments: "Only return assets of this type. Leave blank for every type.",
  options: [
    { label: "Image", value: "image" },
    { label: "Document", value: "document" },
    { label: "Audio", value: "audio" },
    { label: "Video", value: "video" },
    { label: "3D", value: "3d" },
  ],
});

export const tagsFilterInput = valueListInput({
  label: "Tags",
  comments: "Only return assets with at least one of these tags (one per row, or comma-separated).",
  example: "spring",
});

/** A brand or sub-brand: see ./brands.ts. */
export { brandFilterInput as brandIdFilterInput } from "./brands";

export const collectionIdFilterInput = optionalIdInput({
  label: "Collection ID",
  comments: "Only return assets in this collection.",
  dataSource: "selectCollection",
  example: "9E8D7C6B-5A4F-4E3D-8C2B1A0F9E8D7C6B",
});

export const propertyOptionIdsFilterInput = valueListInput({
  label: "Property Option IDs",
  comments:
    "Only return assets that have at least one of these metaproperty option IDs (one per row, or comma-separated).",
  dataSource: "selectMetapropertyOption",
  example: OPTION_EXAMPLE_ID,
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time, checked so a typo fails before the request instead of being ignored by Bynder. */
export function isoDate(label: string, value: unknown): string | undefined {
  const text = optionalString(label, value);
  if (text === undefined) return undefined;
  const m = ISO_DATE.exec(text);
  const day = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const realDay =
    day &&
    day.getUTCFullYear() === Number(m[1]) &&
    day.getUTCMonth() === Number(m[2]) - 1 &&
    day.getUTCDate() === Number(m[3]);
  if (!realDay || Number.isNaN(Date.parse(text))) {
    throw new InputError(
      label,
      `must be an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:00:00Z (got "${text}").`,
    );
  }
  return text;
}

export function isoDateInput(label: string, comments: string, example: string) {
  return input({
    label,
    type: "string",
    required: false,
    comments: `${comments} ISO 8601, e.g. ${example}.`,
    example,
    clean: withKind({ kind: "date" }, (v: unknown) => isoDate(label, v)),
  });
}

export const dateCreatedFromInput = isoDateInput(
  "Date Created From",
  "Only return assets created after this date.",
  "2026-03-01T00:00:00Z",
);
export const dateCreatedToInput = isoDateInput(
  "Date Created To",
  "Only return assets created before this date.",
  "2026-03-31T23:59:59Z",
);
export const dateModifiedFromInput = isoDateInput(
  "Date Modified From",
  "Only return assets modified after this date.",
  "2026-03-01T00:00:00Z",
);
export const dateModifiedToInput = isoDateInput(
  "Date Modified To",
  "Only return assets modified before this date.",
  "2026-03-31T23:59:59Z",
);

export const assetOrderByInput = choiceInput({
  label: "Order By",
  comments:
    "The order of the returned assets. Leave blank for Bynder's default order (with Fetch All on: oldest first by creation date, so assets added during the fetch cannot shift the pages).",
  options: [
    { label: "Date created, newest first", value: "dateCreated desc" },
    { label: "Date created, oldest first", value: "dateCreated asc" },
    { label: "Date modified, newest first", value: "dateModified desc" },
    { label: "Date modified, oldest first", value: "dateModified asc" },
    { label: "Name, A to Z", value: "name asc" },
    { label: "Name, Z to A", value: "name desc" },
  ],
});
