/** Upload requests and Upload File's result, as Brandfolder answers them (v4 OpenAPI). */
import { ASSET_ID } from "./customFields";

const OBJECT = "https://storage.googleapis.com/bf-upload-prod/7c1f0e2a-5b1d-4e7a-9f31-2d8c4b6a9e10";

export const uploadRequestExample = {
  upload_url: `${OBJECT}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=86400&X-Goog-Signature=3f9a…`,
  resumable_upload_url: `${OBJECT}?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=86400&X-Goog-SignedHeaders=host%3Bx-goog-resumable&X-Goog-Signature=8be1…`,
  service: "gcs",
  object_url: OBJECT,
};

export const uploadedAssetExample = {
  id: ASSET_ID,
  type: "generic_files",
  attributes: {
    name: "Q3 – Übersicht 報告.pdf",
    description: "",
    thumbnail_url: "https://thumbs.bfldr.com/at/oqgkkd-fr5iv4-443db?expiry=1767225600",
    approved: false,
  },
};

export const uploadFileExample = {
  assetId: ASSET_ID,
  fileName: "Q3 – Übersicht 報告.pdf",
  size: 48213,
  protocol: "single" as const,
  chunks: 1,
  asset: uploadedAssetExample,
};
