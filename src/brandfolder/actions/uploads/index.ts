import { getUploadUrl } from "./getUploadUrl";
import { uploadFile } from "./uploadFile";

export default { getUploadUrl, uploadFile };
