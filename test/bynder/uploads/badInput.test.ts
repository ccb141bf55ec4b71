import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { initUploadExample } from "../../../src/bynder/examplePayloads/uploads";
import { oauthConnection, PORTAL } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);
const FILE = { data: Buffer.from("hello"), contentType: "text/plain" };
const chunkInputs = {
  uploadUrl: `${PORTAL}/s3/`,
  file: FILE,
  chunk: "1",
  chunks: "2",
  multipartParameters: JSON.stringify(initUploadExample),
};
const uploadInputs = { file: FILE, fileName: "a.txt", brandId: "B1" };

/** Every case fails with an error naming the input, before any request. */
const cases: [string, string, Record<string, unknown>, string][] = [
  ["no file", "uploadFile", { ...uploadInputs, file: undefined }, 'Input "File" is required'],
  [
    "an empty file",
    "uploadFile",
    { ...uploadInputs, file: { data: Buffer.alloc(0) } },
    'Input "File" is empty (0 bytes)',
  ],
  [
    "an empty file name",
    "uploadFile",
    { ...uploadInputs, fileName: "  " },
    'Input "File Name" is required',
  ],
  [
    "a file name without extension",
    "uploadFile",
    { ...uploadInputs, fileName: "report" },
    'Input "File Name" needs an extension',
  ],
  [
    "a file name with a folder",
    "initializeUpload",
    { filename: "a/b.pdf" },
    'Input "Filename" must be a file name without folders',
  ],
  [
    "chunk number 0",
    "uploadChunk",
    { ...chunkInputs, chunk: "0" },
    'Input "Chunk" must be at least 1',
  ],
  [
    "a chunk number above the count",
    "uploadChunk",
    { ...chunkInputs, chunk: "3" },
    'Input "Chunks" is 2, below "Chunk" (3)',
  ],
  [
    "register chunk number 0",
    "registerUploadedChunk",
    { id: "U", chunkNumber: "0", targetId: "T", filename: "f/p1" },
    'Input "Chunk Number" must be at least 1',
  ],
  [
    "invalid multipart parameters JSON",
    "uploadChunk",
    { ...chunkInputs, multipartParameters: '{"key": ' },
    'Input "Multipart Parameters" is not valid JSON',
  ],
  [
    "multipart parameters without a key",
    "uploadChunk",
    { ...chunkInputs, multipartParameters: '{"acl": "private"}' },
    'Input "Multipart Parameters" has no "key"',
  ],
  [
    "a non-https upload URL",
    "uploadChunk",
    { ...chunkInputs, uploadUrl: "http://bucket.example.com/" },
    'Input "Upload URL" must be an https:// URL',
  ],
  [
    "Quality 0",
    "generateDynamicAssetTransformation",
    { id: "A1", quality: "0" },
    'Input "Quality" must be at least 1',
  ],
  [
    "a focus point outside 0-1",
    "generateDynamicAssetTransformation",
    { id: "A1", focusPoint: "1.5,0.2" },
    'Input "Focus Point" must be two numbers from 0 to 1',
  ],
  [
    "an unknown format",
    "generateDynamicAssetTransformation",
    { id: "A1", format: "gif" },
    'Input "Format" must be one of jpg, png, webp',
  ],
  [
    "legacy chunks under 5 MiB",
    "uploadFile",
    { ...uploadInputs, chunkSizeMib: "4" },
    'Input "Upload Method" is legacy S3, whose parts must be at least 5 MiB',
  ],
  [
    "a new asset without a brand",
    "uploadFile",
    { ...uploadInputs, brandId: undefined },
    'Input "Brand ID" is required to save a new asset.',
  ],
  [
    "a new version without an asset",
    "uploadFile",
    { file: FILE, fileName: "a.txt", saveAs: "newVersion" },
    'Input "Asset ID" is required',
  ],
  [
    "concurrency 0",
    "uploadFile",
    { ...uploadInputs, concurrency: "0" },
    'Input "Concurrency" must be at least 1',
  ],
  [
    "a source URL that is not http(s)",
    "uploadFileFromUrl",
    { sourceUrl: "file:///etc/passwd", fileName: "a.txt", brandId: "B1" },
    'Input "Source URL" must be an http:// or https:// URL',
  ],
  [
    "a download cap above 120 MB",
    "downloadAsset",
    { assetId: "A1", maxSizeMb: "121" },
    'Input "Max Size (MB)" must be at most 120',
  ],
  [
    "a version and an item at once",
    "downloadAsset",
    { assetId: "A1", version: "2", itemId: "I1" },
    'Input "Version" and "Item ID" cannot both be given',
  ],
  [
    "a poll interval under 2 s",
    "retrievePollState",
    { items: ["I1"], pollInterval: "1" },
    'Input "Poll Interval (Seconds)" must be at least 2',
  ],
];

describe("upload and download inputs", () => {
  it.each(cases)("refuse %s before any request", async (_, key, inputs, message) => {
    const portal = recordPortal();
    try {
      await expect(
        harness.action(key, { connection: oauthConnection(), ...inputs }),
      ).rejects.toThrow(message);
    } finally {
      portal.stop();
    }
    expect(portal.requests).toHaveLength(0);
  });
});
