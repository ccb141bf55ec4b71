import { input } from "@prismatic-io/spectral";
import { isoDateInput } from "./assets";
import { InputError, jsonValue } from "../../core/inputs/clean";
import { withKind } from "../../core/inputs/kinds";
import {
  idInput,
  optionalIdInput,
  requiredTextInput,
  textInput,
  valueListInput,
} from "../../core/inputs/factories";

// Asset usage needs the asset.usage:read / asset.usage:write scopes, which the default scopes lack.
const SCOPE_NOTE =
  " Needs the asset.usage:read and asset.usage:write scopes, which are not in the connection's default scopes: add them to Scopes.";

const INTEGRATION_EXAMPLE = "2d7c1a9e-4b3f-4e5a-8c6d-0e1f2a3b4c5d";
const ASSET_EXAMPLE = "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B";

export const integrationIdInput = idInput({
  label: "Integration ID",
  comments: `The ID of your integration (CMS, web shop...) as registered in Bynder; Bynder has no call that lists integrations, so type or map it.${SCOPE_NOTE}`,
  example: INTEGRATION_EXAMPLE,
});

export const optionalIntegrationIdInput = optionalIdInput({
  label: "Integration ID",
  comments: `Only return usage recorded by this integration.${SCOPE_NOTE}`,
  example: INTEGRATION_EXAMPLE,
});

export const usageAssetIdInput = idInput({
  label: "Asset ID",
  comments:
    "The ID of the asset that is used. Pick one from the list or map it from an earlier step.",
  dataSource: "selectAsset",
  example: ASSET_EXAMPLE,
});

export const usageUriInput = requiredTextInput({
  label: "URI",
  comments: "Where the asset is used, e.g. the URL of the web page or product that shows it.",
  example: "https://www.acme.com/products/trail-runner",
});

export const optionalUsageUriInput = textInput({
  label: "URI",
  comments: "Only return usage at this location.",
  example: "https://www.acme.com/products/trail-runner",
});

export const usageTimestampInput = isoDateInput(
  "Timestamp",
  "When the asset started to be used there. Leave blank to let Bynder use the current time.",
  "2026-03-12T08:30:00Z",
);

export const usageAdditionalInput = textInput({
  label: "Additional",
  comments: "Free text about this usage, e.g. the page title or the position on the page.",
  example: "Product page hero",
});

export const syncUrisInput = valueListInput({
  label: "URIs",
  comments:
    "Every location (URI) the integration manages, one per row. Bynder removes this integration's usage at these URIs that is not listed in Usages.",
  required: true,
  example: "https://www.acme.com/products/trail-runner",
});

export interface Usage {
  asset_id: string;
  uri: string;
  additional?: string;
}

/** A JSON array of {asset_id, uri, additional?}, parsed and checked by its clean. */
export const syncUsagesInput = input({
  label: "Usages",
  type: "code",
  language: "json",
  required: false,
  comments:
    'The current usage, as a JSON array of {"asset_id", "uri", "additional"} objects. Leave blank to remove all of this integration\'s usage at the URIs.',
  example:
    '[{"asset_id": "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B", "uri": "https://www.acme.com/products/trail-runner", "additional": "Product page hero"}]',
  // No kind models a list of objects; its own checks below refuse anything else by name.
  clean: withKind({ kind: "passthrough" }, (v: unknown) => parseUsages(v)),
});

/** Each entry is checked so a typo fails before the sync removes anything. */
export function parseUsages(value: unknown): Usage[] {
  const label = "Usages";
  const parsed = jsonValue(label, value);
  if (parsed === undefined) return [];
  if (!Array.isArray(parsed))
    throw new InputError(label, 'must be a JSON array like [{"asset_id": "...", "uri": "..."}].');
  return parsed.map((entry, i) => {
    const e = (entry && typeof entry === "object" ? entry : {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
    const assetId = text(e.asset_id);
    const uri = text(e.uri);
    if (!assetId || !uri)
      throw new InputError(label, `entry ${i + 1} needs both "asset_id" and "uri" as text.`);
    const additional = text(e.additional);
    return { asset_id: assetId.trim(), uri, ...(additional !== undefined ? { additional } : {}) };
  });
}
