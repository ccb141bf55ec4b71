import { deleteAttachment } from "./deleteAttachment";
import { getAttachment } from "./getAttachment";
import { updateAttachment } from "./updateAttachment";

export default { getAttachment, updateAttachment, deleteAttachment };
