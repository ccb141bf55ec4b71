import { selectCollection } from "./selectCollection";
import { selectGroup } from "./selectGroup";

/** Data sources of this area, keyed select<Resource>. */
export default { selectCollection, selectGroup };
