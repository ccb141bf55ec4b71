import { tagsExample } from "../../examplePayloads/assets";
import { ASSET_TAGS_PATH, operationDoc } from "../../endpoints";
import { tagNamesInput } from "../../inputs/assets";
import { assetIdInput } from "../../inputs/customFields";
import { brandfolderAction } from "../../vendor";

export const addTagsToAsset = brandfolderAction({
  label: "Add Tags To Asset",
  description: "Add one or more tags to an asset; a tag it already has is left as it is.",
  docsUrl: operationDoc("tags", "opIdApiV4AssetsTagsByAssetIdPost"),
  inputs: { assetId: assetIdInput, tags: tagNamesInput },
  method: "POST",
  path: ASSET_TAGS_PATH,
  body: { data: (p) => ({ attributes: (p.tags ?? []).map((name) => ({ name })) }) },
  encoding: "json",
  examplePayload: { data: tagsExample },
});
