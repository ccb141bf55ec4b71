import { tagRemovedExample } from "../../examplePayloads/tags";
import { assetIdsInput } from "../../inputs/assets";
import { tagIdInput } from "../../inputs/tags";
import { bynderAction } from "../bynderAction";

export const removeTagFromAssets = bynderAction({
  label: "Remove Tag From Assets",
  description: "Remove a tag from one or more assets, keeping their other tags.",
  inputs: { id: tagIdInput, assetIds: assetIdsInput },
  method: "DELETE",
  path: "/api/v4/tags/{id}/media/",
  query: { deleteIds: "assetIds" },
  // Bynder answers 204 with no body: confirm what was removed instead.
  result: (_data, p) => ({ removed: true, tagId: p.id, assetIds: p.assetIds ?? [] }),
  examplePayload: { data: tagRemovedExample },
});
