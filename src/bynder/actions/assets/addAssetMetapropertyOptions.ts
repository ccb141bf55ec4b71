import { assetOptionsAddedExample } from "../../examplePayloads/assets";
import {
  addMetapropertyIdInput,
  addMetapropertyOptionIdsInput,
  labelledAssetIdInput,
} from "../../inputs/assets";
import { bynderAction } from "../bynderAction";

export const addAssetMetapropertyOptions = bynderAction({
  label: "Add Asset Metaproperty Options",
  description: "Add options of one metaproperty to an asset, keeping the options it already has.",
  inputs: {
    assetId: labelledAssetIdInput,
    metapropertyId: addMetapropertyIdInput,
    metapropertyOptionsIds: addMetapropertyOptionIdsInput,
  },
  method: "POST",
  path: "/api/media/options",
  // This endpoint (unlike /api/v4) takes JSON.
  encoding: "json",
  body: {
    asset_id: "assetId",
    metaproperty_id: "metapropertyId",
    metaproperty_option_ids: "metapropertyOptionsIds",
  },
  examplePayload: { data: assetOptionsAddedExample },
});
