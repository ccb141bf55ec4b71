import { tagAddedExample } from "../../examplePayloads/tags";
import { assetIdsInput } from "../../inputs/assets";
import { tagIdInput } from "../../inputs/tags";
import { bynderAction } from "../bynderAction";

export const addTagToAssets = bynderAction({
  label: "Add Tag To Assets",
  description: "Add an existing tag to one or more assets, keeping their other tags.",
  inputs: { id: tagIdInput, assetIds: assetIdsInput },
  method: "POST",
  path: "/api/v4/tags/{id}/media/",
  encoding: "form",
  // Bynder wants the IDs as a JSON array inside the `data` form field, not a comma list.
  body: { data: (p) => JSON.stringify(p.assetIds ?? []) },
  examplePayload: { data: tagAddedExample },
});
