import { addTagToAssets } from "./addTagToAssets";
import { listTags } from "./listTags";
import { removeTagFromAssets } from "./removeTagFromAssets";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { addTagToAssets, listTags, removeTagFromAssets };
