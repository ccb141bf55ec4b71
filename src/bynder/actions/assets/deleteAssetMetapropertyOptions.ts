import { assetOptionsRemovedExample } from "../../examplePayloads/assets";
import {
  labelledAssetIdInput,
  removeMetapropertyIdInput,
  removeMetapropertyOptionIdsInput,
} from "../../inputs/assets";
import { bynderAction } from "../bynderAction";

export const deleteAssetMetapropertyOptions = bynderAction({
  label: "Delete Asset Metaproperty Options",
  description: "Remove options of one metaproperty from an asset, keeping its other options.",
  inputs: {
    assetId: labelledAssetIdInput,
    metapropertyId: removeMetapropertyIdInput,
    metapropertyOptionsIds: removeMetapropertyOptionIdsInput,
  },
  method: "DELETE",
  path: "/api/media/options",
  // Bynder's OpenAPI puts these fields in a JSON body, even on this DELETE.
  encoding: "json",
  body: {
    asset_id: "assetId",
    metaproperty_id: "metapropertyId",
    metaproperty_option_ids: "metapropertyOptionsIds",
  },
  // Bynder answers 204 with no body: confirm what was removed instead.
  result: (_data, p) => ({
    removed: true,
    assetId: p.assetId,
    metapropertyId: p.metapropertyId,
    metapropertyOptionIds: p.metapropertyOptionsIds ?? [],
  }),
  examplePayload: { data: assetOptionsRemovedExample },
});
