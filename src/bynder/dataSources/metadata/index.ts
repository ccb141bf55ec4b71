import { selectBrand } from "./selectBrand";
import { selectMetaproperty } from "./selectMetaproperty";
import { selectMetapropertyOption } from "./selectMetapropertyOption";

/** Data sources of this area, keyed select<Resource>. */
export default { selectBrand, selectMetaproperty, selectMetapropertyOption };
