import { uploadRequestExample } from "../../examplePayloads/uploads";
import { operationDoc, UPLOAD_REQUESTS_PATH } from "../../endpoints";
import { brandfolderAction } from "../../vendor";

export const getUploadUrl = brandfolderAction({
  label: "Get Upload URL",
  description:
    "Get signed storage URLs for one file (upload_url for one PUT, resumable_upload_url for chunks, both without the API key), then create the asset with object_url as its attachment URL.",
  docsUrl: operationDoc("binary_upload", "opIdStorageserviceUploadRequestsGet"),
  inputs: {},
  method: "GET",
  path: UPLOAD_REQUESTS_PATH,
  examplePayload: { data: uploadRequestExample },
});
