import { deleteAttachment } from "./deleteAttachment";
import { downloadAttachment } from "./downloadAttachment";
import { getAttachment } from "./getAttachment";
import { updateAttachment } from "./updateAttachment";

export default { getAttachment, updateAttachment, deleteAttachment, downloadAttachment };
