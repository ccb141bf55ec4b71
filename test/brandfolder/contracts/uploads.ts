import { BRANDFOLDER_ID } from "../../../src/brandfolder/examplePayloads/customFields";
import { SECTION_ID } from "../../../src/brandfolder/examplePayloads/assets";
import {
  uploadedAssetExample,
  uploadFileExample,
  uploadRequestExample,
} from "../../../src/brandfolder/examplePayloads/uploads";
import type { Contracts } from "./types";

const FILE_NAME = uploadFileExample.fileName;
const CONTENT = Buffer.alloc(uploadFileExample.size, 0x25);
const storage = new URL(uploadRequestExample.upload_url);

export const uploadsContracts: Contracts = {
  getUploadUrl: {
    inputs: {},
    requests: [{ method: "GET", path: "/api/v4/upload_requests" }],
  },
  uploadFile: {
    inputs: {
      file: { data: CONTENT, contentType: "application/pdf" },
      fileName: FILE_NAME,
      parent: "brandfolders",
      parentId: BRANDFOLDER_ID,
      sectionId: SECTION_ID,
    },
    requests: [
      { method: "GET", path: "/api/v4/upload_requests", reply: { body: uploadRequestExample } },
      {
        method: "PUT",
        path: storage.pathname,
        query: Object.fromEntries(storage.searchParams),
        external: { origin: storage.origin, operation: "PUT /upload_url" },
        reply: { body: "" },
      },
      {
        method: "POST",
        path: `/api/v4/brandfolders/${BRANDFOLDER_ID}/assets`,
        body: {
          data: {
            attributes: [
              {
                name: FILE_NAME,
                attachments: [{ url: uploadRequestExample.object_url, filename: FILE_NAME }],
              },
            ],
          },
          section_key: SECTION_ID,
        },
        reply: {
          body: {
            data: [uploadedAssetExample],
            meta: {
              current_page: 1,
              next_page: null,
              prev_page: null,
              total_pages: 1,
              total_count: 1,
            },
          },
        },
      },
    ],
  },
};
