import { getAccountInformation } from "./getAccountInformation";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { getAccountInformation };
