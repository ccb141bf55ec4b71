import { assetModifiedExample } from "../../examplePayloads/assets";
import { labelledAssetIdInput, metapropertiesInput } from "../../inputs/assets";
import { bynderAction } from "../bynderAction";

export const setAssetMetaproperties = bynderAction({
  label: "Set Asset Metaproperties",
  description:
    "Set the options of one or more metaproperties on an asset, replacing its current options for each metaproperty listed.",
  inputs: {
    assetId: labelledAssetIdInput,
    // Cleans into `metaproperty.<id>` form fields.
    metaproperties: metapropertiesInput,
  },
  method: "POST",
  path: "/api/v4/media/{assetId}/",
  // Must be form fields: Bynder answers 202 to a JSON body but changes nothing.
  encoding: "form",
  dataInput: "metaproperties",
  examplePayload: { data: assetModifiedExample },
});
