import { CUSTOM_FIELD_KEYS_PATH } from "../endpoints";
import { colorKeyExample } from "../examplePayloads/customFields";
import { parentBrandfolderInput } from "./inputs";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

const MAX_REQUESTS = 5;
/** Allowed values named in one option; a long list is summed up so the option stays readable. */
const SHOWN_VALUES = 5;

type KeyRecord = Resource<{ name: string; restricted: boolean; allowed_values: unknown }>;

/** "color (one of: red, white, blue)" for a restricted key; its name alone otherwise. */
export function keyLabel(key: KeyRecord): string {
  const name = nameOf(key);
  if (key.attributes?.restricted !== true) return name;
  const raw = key.attributes.allowed_values;
  const values = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === "string") : [];
  if (values.length === 0) return `${name} (restricted)`;
  const shown = values.slice(0, SHOWN_VALUES).join(", ");
  const rest = values.length > SHOWN_VALUES ? `, +${values.length - SHOWN_VALUES} more` : "";
  return `${name} (one of: ${shown}${rest})`;
}

export const selectCustomFieldKey = picklist({
  label: "Select Custom Field Key",
  description: `Pick a custom field key of the chosen Brandfolder; a restricted key shows its allowed values (reads at most ${MAX_REQUESTS} pages of 100).`,
  inputs: { brandfolderId: parentBrandfolderInput("custom field keys") },
  maxRequests: MAX_REQUESTS,
  order: "api",
  more: { noun: "custom field keys" },
  reading: (p) => `the custom field keys of Brandfolder ID "${p.brandfolderId}"`,
  load: (client, p, maxRequests) =>
    metaPages<KeyRecord>(
      client,
      { path: CUSTOM_FIELD_KEYS_PATH, pathParams: { brandfolderId: p.brandfolderId } },
      maxRequests,
    ),
  element: (key) => ({ key: key.id, label: keyLabel(key) }),
  example: [{ key: colorKeyExample.id, label: "color (one of: red, white, blue)" }],
});
