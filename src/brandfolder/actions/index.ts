import brandfolders from "./brandfolders";
import customFields from "./customFields";
import misc from "./misc";

/** Every action, keyed by the camelCase of its label. */
export default { ...brandfolders, ...customFields, ...misc };
