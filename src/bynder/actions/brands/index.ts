import { listBrands } from "./listBrands";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { listBrands };
