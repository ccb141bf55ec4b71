import { downloadAsset } from "./downloadAsset";
import { downloadSpecificAssetItem } from "./downloadSpecificAssetItem";
import { generateDynamicAssetTransformation } from "./generateDynamicAssetTransformation";
import { getAssetDownloadUrl } from "./getAssetDownloadUrl";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  downloadAsset,
  downloadSpecificAssetItem,
  generateDynamicAssetTransformation,
  getAssetDownloadUrl,
};
