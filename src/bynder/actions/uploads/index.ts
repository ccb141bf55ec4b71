import { finalizeCompleteUpload } from "./finalizeCompleteUpload";
import { finalizeCompleteUploadAndSaveAsNewAssetAdditional } from "./finalizeCompleteUploadAndSaveAsNewAssetAdditional";
import { getClosestS3UploadEndpoint } from "./getClosestS3UploadEndpoint";
import { initializeUpload } from "./initializeUpload";
import { registerUploadedChunk } from "./registerUploadedChunk";
import { retrievePollState } from "./retrievePollState";
import { saveANewAsset } from "./saveANewAsset";
import { saveAsANewAssetVersion } from "./saveAsANewAssetVersion";
import { uploadChunk } from "./uploadChunk";
import { uploadFile } from "./uploadFile";
import { uploadFileFromUrl } from "./uploadFileFromUrl";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  getClosestS3UploadEndpoint,
  initializeUpload,
  uploadChunk,
  registerUploadedChunk,
  finalizeCompleteUpload,
  finalizeCompleteUploadAndSaveAsNewAssetAdditional,
  retrievePollState,
  saveANewAsset,
  saveAsANewAssetVersion,
  uploadFile,
  uploadFileFromUrl,
};
