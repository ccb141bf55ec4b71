import brandfolders from "./brandfolders";
import customFields from "./customFields";

/** Every action, keyed by the camelCase of its label. */
export default { ...brandfolders, ...customFields };
