/** Realistic answers of Bynder's upload steps; they double as test fixtures. */
export const s3EndpointExample = "https://bynder-public-eu-central-1.s3.amazonaws.com/";

export const initUploadExample = {
  s3file: {
    uploadid: "T3.fS5.5HPhWxxq0Kx8YbKj2MrcHfV2j0c9w1k",
    targetid: "final/1b7f9c8e-0d3e-4f1a-9c2b-7a6e5d4c3b2a/Q3 – final.pdf",
  },
  s3_filename: "api_uploads/8A1F2C3D-4E5F-4A6B-9C8D7E6F5A4B3C2D/Q3 – final.pdf",
  target_key: "api_uploads/8A1F2C3D-4E5F-4A6B-9C8D7E6F5A4B3C2D/Q3 – final.pdf",
  multipart_params: {
    acl: "private",
    success_action_status: "201",
    "Content-Type": "application/pdf",
    key: "api_uploads/8A1F2C3D-4E5F-4A6B-9C8D7E6F5A4B3C2D/Q3 – final.pdf",
    Policy: "eyJleHBpcmF0aW9uIjoiMjAyNi0wMy0wMlQxMDoxNToyN1oifQ==",
    "X-Amz-Signature": "4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
    "x-amz-credential": "AKIAEXAMPLE/20260302/eu-central-1/s3/aws4_request",
    "x-amz-algorithm": "AWS4-HMAC-SHA256",
    "x-amz-date": "20260302T091527Z",
  },
};

export const uploadChunkExample = {
  chunk: 1,
  chunks: 1,
  filename: `${initUploadExample.s3_filename}/p1`,
  status: 201,
  etag: '"9e107d9d372bb6826bd81d3542a419d6"',
};

export const registerChunkExample = { status: "ok", success: 1 };

export const finaliseExample = {
  importId: "0B2F3A4C-5D6E-4F70-8192A3B4C5D6E7F8",
  batchId: "1C3E5A7B-9D0F-4123-8456A7B8C9D0E1F2",
  output: "final/1b7f9c8e-0d3e-4f1a-9c2b-7a6e5d4c3b2a/",
  file: {
    bucket: "bynder-public-eu-central-1",
    path: initUploadExample.s3file.targetid,
    type: "s3",
  },
  filename: initUploadExample.s3file.targetid,
  locationType: "s3",
  success: 1,
};

export const additionalExample = {
  itemId: "9F8E7D6C-5B4A-4392-8170E6D5C4B3A291",
  mediaid: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
  success: true,
};

export const pollStateExample = {
  itemsDone: [finaliseExample.importId],
  itemsFailed: [] as string[],
  itemsRejected: [] as string[],
};

export const saveExample = {
  mediaid: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
  batchId: "1C3E5A7B-9D0F-4123-8456A7B8C9D0E1F2",
  success: true,
  mediaitems: [
    {
      original: "final/4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B/Q3 – final.pdf",
      destination: "https://acme.bynder.com/m/5c9e4d2a1b7f3e60/original/Q3 – final.pdf",
    },
  ],
};

export const downloadLocationExample = {
  s3_file:
    "https://d2csxpduxe849s.cloudfront.net/media/8A1F2C3D/4A2C1E3F/Q3%20%E2%80%93%20final.pdf?Expires=1772446527&Signature=…&Key-Pair-Id=…",
};

/** Upload File with Wait for Processing on: the upload's summary and the saved asset. */
export const uploadFileExample = {
  status: "saved" as const,
  method: "legacy" as const,
  fileName: "Q3 – final.pdf",
  size: 23 * 1024 * 1024,
  chunks: 5,
  importId: finaliseExample.importId,
  mediaid: saveExample.mediaid,
  batchId: saveExample.batchId,
  asset: {
    id: saveExample.mediaid,
    name: "Q3 results",
    type: "document",
    extension: ["pdf"],
    brandId: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F",
  } as Record<string, unknown>,
};
