import { booleanInput, idInput, valueListInput } from "../../core/inputs/factories";
import { BRANDFOLDER_ID } from "../examplePayloads/customFields";

/** The asset events Brandfolder's v1 webhooks send (brandfolder-api.md, Webhooks). */
export const ASSET_EVENT_TYPES = ["asset.create", "asset.update", "asset.delete"] as const;
export type AssetEventType = (typeof ASSET_EVENT_TYPES)[number];

// A plain ID for now: the Brandfolder dropdown is wired separately (issue 19).
export const eventsBrandfolderIdInput = idInput({
  label: "Brandfolder ID",
  comments:
    "The Brandfolder whose assets start this flow. Deploying subscribes this flow to its asset events; the connection's user must be able to edit assets there.",
  dataSource: "selectBrandfolder",
  example: BRANDFOLDER_ID,
});

export const assetEventTypesInput = valueListInput({
  label: "Events",
  comments:
    "The asset events that start this flow, one per row: asset.create, asset.update, asset.delete. Brandfolder takes one event per subscription, so deploying makes one subscription per event.",
  items: "text",
  values: ASSET_EVENT_TYPES,
  required: true,
  example: "asset.create",
  model: ASSET_EVENT_TYPES.map((value) => ({ label: value, value })),
});

export const fetchEventAssetInput = booleanInput({
  label: "Fetch Asset",
  comments:
    "Read the asset with its section, tags and custom fields and add it to the output as asset (Brandfolder's deliveries carry only its ID). On a failure, or for asset.delete, asset is null and assetError says why; the event is still passed on.",
  default: "false",
});

export const foldCreateUpdateInput = booleanInput({
  label: "Fold Create And Update",
  comments:
    "Brandfolder follows asset.create with an asset.update once the new asset is processed. When on, asset.create runs the flow and that asset's first asset.update goes to the Duplicate branch.",
  default: "false",
});
