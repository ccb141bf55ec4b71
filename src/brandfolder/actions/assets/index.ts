import { addTagsToAsset } from "./addTagsToAsset";
import { createAssets } from "./createAssets";
import { deleteAsset } from "./deleteAsset";
import { getAsset } from "./getAsset";
import { listAssets } from "./listAssets";
import { listAssetTags } from "./listAssetTags";
import { removeTagsFromAsset } from "./removeTagsFromAsset";
import { updateAsset } from "./updateAsset";
import { updateTag } from "./updateTag";

export default {
  listAssets,
  getAsset,
  createAssets,
  updateAsset,
  deleteAsset,
  listAssetTags,
  addTagsToAsset,
  removeTagsFromAsset,
  updateTag,
};
