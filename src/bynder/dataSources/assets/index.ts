import { selectAsset } from "./selectAsset";
import { selectTag } from "./selectTag";

/** Data sources of this area, keyed select<Resource>. */
export default { selectAsset, selectTag };
