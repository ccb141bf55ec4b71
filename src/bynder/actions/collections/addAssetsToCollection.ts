import { collectionAssetsAddedExample } from "../../examplePayloads/collections";
import { collectionAssetIdsInput, collectionIdInput } from "../../inputs/collections";
import { jsonText } from "../../../core/http/request";
import { bynderAction } from "../bynderAction";

export const addAssetsToCollection = bynderAction({
  label: "Add Assets To Collection",
  description: "Add one or more assets to a collection; assets already in it stay.",
  inputs: { id: collectionIdInput("add the assets to"), assetIds: collectionAssetIdsInput },
  method: "POST",
  path: "/api/v4/collections/{id}/media/",
  encoding: "form",
  // Bynder wants one form field `data` holding a JSON array text: ["id1","id2"].
  body: { data: (p) => jsonText(p.assetIds) },
  examplePayload: { data: collectionAssetsAddedExample },
});
