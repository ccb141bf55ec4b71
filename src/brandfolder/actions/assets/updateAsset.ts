import { assetGetExample } from "../../examplePayloads/assets";
import { ASSET_PATH, operationDoc } from "../../endpoints";
import { InputError } from "../../../core/inputs/clean";
import { approvedInput, assetDescriptionInput, optionalAssetNameInput } from "../../inputs/assets";
import { assetIdInput } from "../../inputs/customFields";
import { brandfolderAction } from "../../vendor";

export const updateAsset = brandfolderAction({
  label: "Update Asset",
  description: "Change an asset's name, description or approval.",
  docsUrl: operationDoc("assets", "opIdApiV4AssetsByIdPut"),
  inputs: {
    assetId: assetIdInput,
    name: optionalAssetNameInput,
    description: assetDescriptionInput,
    approved: approvedInput,
  },
  validate: (p) => {
    if (p.name === undefined && p.description === undefined && p.approved === undefined)
      throw new InputError(
        "Name",
        "or Description or Approved must be given: there is nothing to update.",
      );
  },
  method: "PUT",
  path: ASSET_PATH,
  body: {
    data: (p) => ({
      attributes: { name: p.name, description: p.description, approved: p.approved },
    }),
  },
  encoding: "json",
  examplePayload: { data: assetGetExample },
});
