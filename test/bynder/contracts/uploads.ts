import { crc32 } from "node:zlib";
import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import {
  additionalExample,
  finaliseExample,
  initUploadExample,
  pollStateExample,
  saveExample,
} from "../../../src/bynder/examplePayloads/uploads";
import { PORTAL } from "../../helpers/connections";
import type { ContractRequest, Contracts } from "./types";

const ASSET = assetExample.id;
const BRAND = "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F";
const ITEM = "9F8E7D6C-5B4A-4392-8170E6D5C4B3A291";
const UPLOAD = initUploadExample.s3file.uploadid;
const TARGET = initUploadExample.s3file.targetid;
const S3_FILENAME = initUploadExample.s3_filename;
const KEY = initUploadExample.multipart_params.key;
const IMPORT = finaliseExample.importId;
const FILE_NAME = "Q3 – final.pdf";
const CONTENT = Buffer.from("%PDF-1.7 hello");
const S3_REPLY = {
  status: 201,
  body: `<?xml version="1.0"?><PostResponse><Key>${KEY}/p1</Key></PostResponse>`,
  headers: { etag: '"abc"' },
};

/** The S3 form: Initialize Upload's parameters in order (key per chunk), then name, chunk, chunks, Filename, file last. */
const s3Body = (chunk: number, chunks: number, content: Buffer) => {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const field = (name: string, value: string) =>
    `name="${esc(name)}"\\r\\n\\r\\n${esc(value)}\\r\\n[\\s\\S]*`;
  const params = Object.entries(initUploadExample.multipart_params).map(([k, v]) =>
    field(k, k === "key" ? `${KEY}/p${chunk}` : v),
  );
  const tail = [
    field("name", `${KEY}/p${chunk}`),
    field("chunk", String(chunk)),
    field("chunks", String(chunks)),
    field("Filename", `${KEY}/p${chunk}`),
  ];
  return expect.stringMatching(
    new RegExp(
      `^[\\s\\S]*${[...params, ...tail].join("")}name="file"[^\\r]*\\r\\n[\\s\\S]*\\r\\n\\r\\n${esc(content.toString())}\\r\\n--[^\\r]*--\\r\\n$`,
    ),
  );
};

const legacyUploadRequests = (content: Buffer): ContractRequest[] => [
  { method: "GET", path: "/api/upload/endpoint", reply: { body: JSON.stringify(`${PORTAL}/s3/`) } },
  {
    method: "POST",
    path: "/api/upload/init",
    encoding: "form",
    body: { filename: FILE_NAME },
    reply: { body: initUploadExample },
  },
  {
    method: "POST",
    path: "/s3/",
    unauthenticated: true,
    body: s3Body(1, 1, content),
    reply: S3_REPLY,
  },
  {
    method: "POST",
    path: "/api/v4/upload/",
    encoding: "form",
    body: { id: UPLOAD, targetid: TARGET, filename: `${S3_FILENAME}/p1`, chunkNumber: "1" },
    reply: { status: 202, body: { status: "ok", success: 1 } },
  },
  {
    method: "POST",
    path: "/api/v4/upload/",
    encoding: "form",
    body: {
      id: UPLOAD,
      targetid: TARGET,
      s3_filename: S3_FILENAME,
      chunks: "1",
      original_filename: FILE_NAME,
    },
    reply: { status: 202, body: finaliseExample },
  },
  {
    method: "GET",
    path: "/api/v4/upload/poll/",
    query: { items: IMPORT },
    reply: { body: pollStateExample },
  },
  {
    method: "POST",
    path: `/api/v4/media/save/${IMPORT}/`,
    encoding: "form",
    body: {
      brandId: BRAND,
      name: "Q3 results",
      tags: "report,q3",
      crc32: String(crc32(content) >>> 0),
    },
    reply: { status: 201, body: saveExample },
  },
  { method: "GET", path: `/api/v4/media/${saveExample.mediaid}/`, reply: { body: assetExample } },
];

const uploadOptions = {
  fileName: FILE_NAME,
  brandId: BRAND,
  assetName: "Q3 results",
  tags: ["report", "q3"],
};

const uploadExpected = (content: Buffer) => ({
  status: "saved",
  method: "legacy",
  fileName: FILE_NAME,
  size: content.length,
  chunks: 1,
  importId: IMPORT,
  mediaid: saveExample.mediaid,
  batchId: saveExample.batchId,
  asset: assetExample,
});

const SIGNED = `/s3-files/${ASSET}/${ITEM}/Q3%20%E2%80%93%20final.pdf`;

export const uploadsContracts: Contracts = {
  getClosestS3UploadEndpoint: {
    inputs: {},
    requests: [
      {
        method: "GET",
        path: "/api/upload/endpoint",
        reply: { body: JSON.stringify("https://bynder-public-eu-central-1.s3.amazonaws.com/") },
      },
    ],
  },
  initializeUpload: {
    inputs: { filename: FILE_NAME },
    requests: [
      { method: "POST", path: "/api/upload/init", encoding: "form", body: { filename: FILE_NAME } },
    ],
  },
  uploadChunk: {
    inputs: {
      uploadUrl: `${PORTAL}/s3/`,
      file: { data: CONTENT, contentType: "application/pdf" },
      chunk: "1",
      chunks: "1",
      multipartParameters: JSON.stringify(initUploadExample),
    },
    requests: [
      {
        method: "POST",
        path: "/s3/",
        unauthenticated: true,
        body: s3Body(1, 1, CONTENT),
        reply: S3_REPLY,
      },
    ],
    expected: { chunk: 1, chunks: 1, filename: `${KEY}/p1`, status: 201, etag: '"abc"' },
  },
  registerUploadedChunk: {
    inputs: { id: UPLOAD, chunkNumber: "1", targetId: TARGET, filename: `${S3_FILENAME}/p1` },
    requests: [
      {
        method: "POST",
        path: "/api/v4/upload/",
        encoding: "form",
        body: { id: UPLOAD, targetid: TARGET, filename: `${S3_FILENAME}/p1`, chunkNumber: "1" },
      },
    ],
  },
  finalizeCompleteUpload: {
    inputs: {
      id: UPLOAD,
      targetId: TARGET,
      s3Filename: S3_FILENAME,
      chunks: "3",
      originalFilename: "報告 – Q3.pdf",
    },
    requests: [
      {
        method: "POST",
        path: "/api/v4/upload/",
        encoding: "form",
        body: {
          id: UPLOAD,
          targetid: TARGET,
          s3_filename: S3_FILENAME,
          chunks: "3",
          original_filename: "報告 – Q3.pdf",
        },
      },
    ],
  },
  finalizeCompleteUploadAndSaveAsNewAssetAdditional: {
    inputs: { assetId: ASSET, id: UPLOAD, targetId: TARGET, s3Filename: S3_FILENAME, chunks: "2" },
    requests: [
      {
        method: "POST",
        path: `/api/v4/media/${ASSET}/save/additional/${UPLOAD}/`,
        encoding: "form",
        body: { targetid: TARGET, s3_filename: S3_FILENAME, chunks: "2" },
        reply: { status: 201, body: additionalExample },
      },
    ],
  },
  retrievePollState: {
    // Poll Timeout 0: one poll, Bynder's answer as it is (waiting is tested in test/bynder/uploads).
    inputs: { items: [IMPORT], pollTimeout: "0" },
    requests: [{ method: "GET", path: "/api/v4/upload/poll/", query: { items: IMPORT } }],
  },
  saveANewAsset: {
    inputs: {
      importId: IMPORT,
      brandId: BRAND,
      name: "Q3 results",
      description: "Quarterly report.",
      copyright: "© Acme Inc.",
      data: '{"tags": "report,q3", "metaproperty": {"MP1": ["OPT1", "OPT2"]}, "isPublic": 0}',
    },
    requests: [
      {
        method: "POST",
        path: `/api/v4/media/save/${IMPORT}/`,
        encoding: "form",
        body: {
          brandId: BRAND,
          name: "Q3 results",
          description: "Quarterly report.",
          copyright: "© Acme Inc.",
          tags: "report,q3",
          "metaproperty.MP1": "OPT1,OPT2",
          isPublic: "0",
        },
        reply: { status: 201, body: saveExample },
      },
    ],
  },
  saveAsANewAssetVersion: {
    inputs: { assetId: ASSET, importId: IMPORT },
    requests: [
      {
        method: "POST",
        path: `/api/v4/media/${ASSET}/save/${IMPORT}/`,
        reply: { status: 201, body: saveExample },
      },
    ],
  },
  downloadSpecificAssetItem: {
    inputs: { id: ASSET, itemId: ITEM, hash: "false" },
    requests: [
      {
        method: "GET",
        path: `/api/v4/media/${ASSET}/download/${ITEM}/`,
        query: { hash: "false" },
      },
    ],
  },
  generateDynamicAssetTransformation: {
    inputs: {
      id: ASSET,
      name: "hero",
      io: ["transform:fill,width:800,height:600"],
      focusPoint: "0.5,0.4",
      format: "jpg",
      quality: "80",
    },
    requests: [
      {
        method: "GET",
        path: `/transform/${ASSET}/hero`,
        query: {
          io: "transform:fill,width:800,height:600",
          focuspoint: "0.5,0.4",
          format: "jpg",
          quality: "80",
        },
        reply: {
          body: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
          headers: { "content-type": "image/jpeg" },
        },
      },
    ],
    expected: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
  },
  getAssetDownloadUrl: {
    inputs: { assetId: ASSET },
    requests: [
      { method: "GET", path: `/api/v4/media/${ASSET}/download/`, query: { type: "original" } },
    ],
  },
  downloadAsset: {
    inputs: { assetId: ASSET },
    requests: [
      {
        method: "GET",
        path: `/api/v4/media/${ASSET}/download/`,
        query: { type: "original" },
        reply: { body: { s3_file: `${PORTAL}${SIGNED}?expires=1772446527&signature=abc` } },
      },
      {
        method: "GET",
        path: SIGNED,
        query: { expires: "1772446527", signature: "abc" },
        unauthenticated: true,
        reply: {
          body: CONTENT,
          headers: {
            "content-type": "application/pdf",
            "content-disposition":
              "attachment; filename=\"Q3 _ final.pdf\"; filename*=UTF-8''Q3%20%E2%80%93%20final.pdf",
          },
        },
      },
    ],
    expected: CONTENT,
  },
  uploadFile: {
    inputs: { file: { data: CONTENT, contentType: "application/pdf" }, ...uploadOptions },
    requests: legacyUploadRequests(CONTENT),
    expected: uploadExpected(CONTENT),
  },
  uploadFileFromUrl: {
    inputs: { sourceUrl: `${PORTAL}/exports/Q3.pdf`, ...uploadOptions },
    requests: [
      {
        method: "GET",
        path: "/exports/Q3.pdf",
        unauthenticated: true,
        reply: { body: CONTENT, headers: { "content-length": String(CONTENT.length) } },
      },
      ...legacyUploadRequests(CONTENT),
    ],
    expected: uploadExpected(CONTENT),
  },
};
