import { assetGetExample } from "../../examplePayloads/assets";
import { ASSET_PATH, operationDoc } from "../../endpoints";
import { fieldsInput, includeInput } from "../../inputs/assets";
import { assetIdInput } from "../../inputs/customFields";
import { resolveIncluded } from "../../jsonApi";
import { brandfolderAction } from "../../vendor";

export const getAsset = brandfolderAction({
  label: "Get Asset",
  description: "Get one asset by its ID, optionally with its related records.",
  docsUrl: operationDoc("assets", "opIdApiV4AssetsByIdGet"),
  inputs: { assetId: assetIdInput, include: includeInput, fields: fieldsInput },
  method: "GET",
  path: ASSET_PATH,
  query: { include: "include", fields: "fields" },
  result: resolveIncluded,
  examplePayload: { data: assetGetExample },
});
