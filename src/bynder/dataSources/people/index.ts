import { selectOrder } from "./selectOrder";
import { selectSecurityProfile } from "./selectSecurityProfile";
import { selectUser } from "./selectUser";

/** Data sources of this area, keyed select<Resource>. */
export default { selectUser, selectSecurityProfile, selectOrder };
