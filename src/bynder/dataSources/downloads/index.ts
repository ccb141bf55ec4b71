import { selectDerivative } from "./selectDerivative";

/** Data sources of this area, keyed select<Resource>. */
export default { selectDerivative };
