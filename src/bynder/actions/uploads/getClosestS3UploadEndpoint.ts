import { s3EndpointExample } from "../../examplePayloads/uploads";
import { bynderAction } from "../bynderAction";

export const getClosestS3UploadEndpoint = bynderAction({
  label: "Get Closest S3 Upload Endpoint",
  description:
    "Retrieve the closest S3 upload endpoint: the bucket URL that Upload Chunk posts the file's chunks to.",
  inputs: {},
  method: "GET",
  path: "/api/upload/endpoint",
  examplePayload: { data: s3EndpointExample },
});
