import { createAssetUsage } from "./createAssetUsage";
import { deleteAssetUsage } from "./deleteAssetUsage";
import { listAssetUsage } from "./listAssetUsage";
import { syncAssetUsage } from "./syncAssetUsage";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { createAssetUsage, deleteAssetUsage, listAssetUsage, syncAssetUsage };
