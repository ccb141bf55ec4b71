import brandfolders from "./brandfolders";
import customFields from "./customFields";
import misc from "./misc";
import assets from "./assets";
import collections from "./collections";

/** Every action, keyed by the camelCase of its label. */
export default { ...brandfolders, ...customFields, ...misc, ...assets, ...collections };
