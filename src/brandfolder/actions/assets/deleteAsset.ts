import { ASSET_ID } from "../../examplePayloads/customFields";
import { ASSET_PATH, operationDoc } from "../../endpoints";
import { assetIdInput } from "../../inputs/customFields";
import { deleted } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const deleteAsset = brandfolderAction({
  label: "Delete Asset",
  description: "Delete an asset with its attachments; it cannot be restored through the API.",
  docsUrl: operationDoc("assets", "opIdApiV4AssetsByIdDelete"),
  inputs: { assetId: assetIdInput },
  method: "DELETE",
  path: ASSET_PATH,
  // Brandfolder answers `{}`: confirm what was deleted instead.
  result: (_data, p) => deleted(p.assetId),
  examplePayload: { data: deleted(ASSET_ID) },
});
