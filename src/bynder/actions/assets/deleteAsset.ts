import { assetDeletedExample } from "../../examplePayloads/assets";
import { assetIdInput } from "../../inputs/assets";
import { bynderAction } from "../bynderAction";

export const deleteAsset = bynderAction({
  label: "Delete Asset",
  description: "Delete an asset and return {deleted: true, id} as confirmation.",
  inputs: { id: assetIdInput },
  method: "DELETE",
  path: "/api/v4/media/{id}/",
  // Bynder answers 204 with no body.
  result: (_data, p) => ({ deleted: true, id: p.id }),
  examplePayload: { data: assetDeletedExample },
});
