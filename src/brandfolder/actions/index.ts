import brandfolders from "./brandfolders";
import customFields from "./customFields";
import misc from "./misc";
import sections from "./sections";
import labels from "./labels";

/** Every action, keyed by the camelCase of its label. */
export default { ...brandfolders, ...customFields, ...misc, ...sections, ...labels };
