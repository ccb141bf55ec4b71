import { getSecurityProfile } from "./getSecurityProfile";
import { listSecurityProfiles } from "./listSecurityProfiles";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { getSecurityProfile, listSecurityProfiles };
