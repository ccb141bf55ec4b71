import { getAsset } from "./getAsset";
import { listAssets } from "./listAssets";

export default { getAsset, listAssets };
