import { initUploadExample } from "../../examplePayloads/uploads";
import { fileNameInput } from "../../inputs/uploads";
import { bynderAction } from "../bynderAction";

export const initializeUpload = bynderAction({
  label: "Initialize Upload",
  description:
    "Initialize a new file upload and return its upload id, target id, S3 file name and the signed multipart parameters for Upload Chunk.",
  inputs: {
    filename: fileNameInput(
      "Filename",
      "Filename of new upload (extension required). Kept exactly as given, special characters included.",
    ),
  },
  method: "POST",
  path: "/api/upload/init",
  encoding: "form",
  body: { filename: "filename" },
  examplePayload: { data: initUploadExample },
});
