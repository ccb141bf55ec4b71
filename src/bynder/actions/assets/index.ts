import { addAssetMetapropertyOptions } from "./addAssetMetapropertyOptions";
import { deleteAsset } from "./deleteAsset";
import { deleteAssetMetapropertyOptions } from "./deleteAssetMetapropertyOptions";
import { getAsset } from "./getAsset";
import { listAssets } from "./listAssets";
import { searchAssets } from "./searchAssets";
import { setAssetMetaproperties } from "./setAssetMetaproperties";
import { updateAsset } from "./updateAsset";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  addAssetMetapropertyOptions,
  deleteAsset,
  deleteAssetMetapropertyOptions,
  getAsset,
  listAssets,
  searchAssets,
  setAssetMetaproperties,
  updateAsset,
};
