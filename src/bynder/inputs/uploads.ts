import { input } from "@prismatic-io/spectral";
import { multipartParams } from "../uploads/legacyProtocol";
import { InputError, jsonObject, shapeOf } from "../../core/inputs/clean";
import {
  booleanInput,
  choiceInput,
  idInput,
  integerInput,
  jsonObjectInput,
  optionalIdInput,
  textInput,
} from "../../core/inputs/factories";
import { withKind } from "../../core/inputs/kinds";
import {
  allowPrivateAddressesInput,
  fileData as coreFileData,
  fileInputFor,
  fileName,
  fileNameInput,
  httpsUrl,
  type FileData,
} from "../../core/inputs/files";

// The file inputs every vendor shares (src/core/inputs/files.ts), worded for Bynder.
export type { FileData };
export { allowPrivateAddressesInput, fileName, fileNameInput, httpsUrl };

export const fileData = (label: string, value: unknown): FileData =>
  coreFileData(label, value, "Bynder");

export const fileInput = fileInputFor("Bynder");

export const originalFilenameInput = input({
  label: "Original Filename",
  type: "string",
  required: false,
  comments:
    "Filename including special characters to be displayed in Bynder. Kept exactly as typed (spaces, accents and non-Latin characters included).",
  example: "報告 – Q3.pdf",
  clean: withKind({ kind: "text" }, (v: unknown) => fileName("Original Filename", v, false)),
});

export const uploadUrlInput = input({
  label: "Upload URL",
  type: "string",
  required: true,
  comments:
    "Amazon upload endpoint received from calling Get Closest S3 Upload Endpoint. The Bynder token is never sent to it.",
  example: "https://bynder-public-eu-central-1.s3.amazonaws.com/",
  clean: withKind({ kind: "url" }, (v: unknown) => httpsUrl("Upload URL", v)),
});

export const chunkInput = integerInput({
  label: "Chunk",
  comments: "Chunk index number (indexing starts from 1).",
  required: true,
  min: 1,
  example: "1",
});

export const chunksInput = integerInput({
  label: "Chunks",
  comments: "Total number of chunks.",
  required: true,
  min: 1,
  example: "1",
});

/** Initialize Upload's whole response or its `multipart_params`, as ordered string pairs. */
function multipartPairs(label: string, value: unknown): [string, string][] {
  const object = jsonObject(label, value);
  if (!object) throw new InputError(label, "is required: map Initialize Upload's response.");
  const params = multipartParams(object);
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
      throw new InputError(label, `has ${shapeOf(v)} at "${k}": each parameter must be a value.`);
    pairs.push([k, String(v)]);
  }
  const key = pairs.find(([k]) => k === "key")?.[1];
  if (!key?.trim())
    throw new InputError(
      label,
      'has no "key": paste the whole Initialize Upload response, or its multipart_params.',
    );
  return pairs;
}

export const multipartParametersInput = input({
  label: "Multipart Parameters",
  type: "code",
  language: "json",
  required: true,
  comments:
    "Parameters for the multipart upload. Use all the fields from the response of the initialise upload call: map the whole Initialize Upload response, or its multipart_params.",
  example: '{"key": "api_uploads/…/photo.jpg", "Policy": "…", "X-Amz-Signature": "…"}',
  clean: withKind({ kind: "jsonObject" }, (v: unknown) =>
    multipartPairs("Multipart Parameters", v),
  ),
});

const noDropdown =
  "Returned by Initialize Upload; Bynder cannot list uploads, so it has no dropdown.";

export const uploadIdInput = idInput({
  label: "ID",
  comments: `ID of the upload (s3file.uploadid of Initialize Upload). ${noDropdown}`,
  example: "T3.fS5.5HPhWxx",
});

export const targetIdInput = idInput({
  label: "Target ID",
  comments: `The targetid that was returned by the initialize call (s3file.targetid). ${noDropdown}`,
  example: "final/1b7f9c8e-0d3e-4f1a-9c2b-7a6e5d4c3b2a/photo.jpg",
});

export const chunkNumberInput = integerInput({
  label: "Chunk Number",
  comments: "Number of the chunk that was uploaded (starts at 1).",
  required: true,
  min: 1,
  example: "1",
});

export const chunkFilenameInput = idInput({
  label: "Filename",
  comments:
    "Location of the uploaded chunk: the filename Upload Chunk returned, i.e. <s3_filename>/p<chunk number>.",
  example: "api_uploads/…/photo.jpg/p1",
});

export const s3FilenameInput = (comments: string) =>
  idInput({ label: "S3 Filename", comments, example: "api_uploads/…/photo.jpg" });

export const importIdInput = idInput({
  label: "Import ID",
  comments:
    "Import id of a finalized and processed upload to be saved (importId of Finalize Complete Upload, or the v7 file id). Bynder cannot list imports, so it has no dropdown.",
  example: "0B2F3A4C-5D6E-4F70-8192A3B4C5D6E7F8",
});

export const assetNameInput = textInput({
  label: "Asset Name",
  comments: "Name of the new asset. Left blank, Bynder names it after the file.",
  example: "Q3 results",
});

export const copyrightInput = textInput({
  label: "Copyright",
  comments: "Copyright information of the asset.",
  example: "© Acme Inc.",
});

export const saveDataInput = jsonObjectInput({
  label: "Data",
  comments:
    'Data of the new asset: other fields of Bynder\'s save form, as a JSON object, e.g. tags ("a,b"), "metaproperty.<id>": "<optionId>" (or {"metaproperty": {"<id>": ["<optionId>"]}}), isPublic (1/0), ISOPublicationDate, archiveDate, watermarkDate, audit, categories.',
  example: '{"tags": "report,q3", "isPublic": 0}',
});

export const pollIntervalInput = integerInput({
  label: "Poll Interval (Seconds)",
  comments: "Seconds to wait between two polls while Bynder processes the file (2 to 5).",
  min: 2,
  max: 5,
  default: "3",
  example: "3",
});

export const pollTimeoutInput = integerInput({
  label: "Poll Timeout (Seconds)",
  comments:
    "How long to keep polling before failing with the import ids to poll again later; never longer than what is left of the execution (about 13 minutes in all). 0 polls once and returns Bynder's answer as it is.",
  min: 0,
  max: 780,
  default: "300",
  example: "300",
});

export const hashInput = booleanInput({
  label: "Hash",
  comments: "Indicates whether or not to treat the itemId as a hashed item id.",
  default: "false",
});

export const itemIdInput = idInput({
  label: "Item ID",
  comments:
    "The id of the specific asset item you'd like to download (see Get Asset with Versions on). Bynder has no list of items, so it has no dropdown.",
  example: "9F8E7D6C-5B4A-4392-8170E6D5C4B3A291",
});

export const optionalItemIdInput = optionalIdInput({
  label: "Item ID",
  comments:
    "A specific media item (see Get Asset with Versions on). Leave blank for the original. Bynder has no list of items, so it has no dropdown.",
  example: "9F8E7D6C-5B4A-4392-8170E6D5C4B3A291",
});

export const versionInput = integerInput({
  label: "Version",
  comments: "A given version of the original (1 is the first). Leave blank for the current one.",
  min: 1,
  example: "2",
});

export const uploadMethodInput = choiceInput({
  label: "Upload Method",
  comments:
    'How the file travels: "legacy S3" works on every portal; "files service (v7)" only on portals with Bynder\'s files service.',
  options: [
    { label: "legacy S3", value: "legacy" },
    { label: "files service (v7)", value: "v7" },
  ] as const,
  default: "legacy",
});
