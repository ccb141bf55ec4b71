import { input } from "@prismatic-io/spectral";
import { InputError } from "../../core/inputs/clean";
import { integerInput } from "../../core/inputs/factories";
import { fileData, fileNameInput, httpsUrl, type FileData } from "../../core/inputs/files";
import { withKind } from "../../core/inputs/kinds";
import { MIB } from "../../core/transfer/chunks";

export const DEFAULT_THRESHOLD_MIB = 32;
export const DEFAULT_CHUNK_MIB = 8;
export const DEFAULT_SOURCE_CAP_MB = 2048;

export const uploadFileDataInput = input({
  label: "File",
  type: "data",
  required: false,
  comments:
    "The file: binary data from an earlier step (Prismatic's {data, contentType}). Give File or Source URL, not both. An empty file is refused.",
  clean: withKind({ kind: "passthrough" }, (v: unknown): FileData | undefined =>
    v === undefined || v === null || v === "" ? undefined : fileData("File", v, "Brandfolder"),
  ),
});

export const sourceUrlInput = input({
  label: "Source URL",
  type: "string",
  required: false,
  comments:
    "Instead of File: the http:// or https:// URL to read the file from, as a stream (e.g. a pre-signed or direct download link; up to 5 redirects are followed). No Brandfolder credentials are sent to it or to any redirect. A web page (a sign-in or share page) is refused unless File Name ends in .html.",
  example: "https://files.example.com/exports/Q3%20final.pdf",
  clean: withKind({ kind: "url" }, (v: unknown) =>
    v === undefined || v === null || v === "" ? undefined : httpsUrl("Source URL", v, true),
  ),
});

export const uploadFileNameInput = fileNameInput(
  "File Name",
  "The attachment's file name in Brandfolder, with its extension. Kept exactly as given (spaces, accents, quotes and non-Latin characters included).",
  "Q3 – Übersicht 報告.pdf",
);

export const maxSizeInput = integerInput({
  label: "Max Size (MB)",
  comments: `The largest file to read from Source URL, in MB (default ${DEFAULT_SOURCE_CAP_MB}); a larger source fails, before reading when it declares its size.`,
  min: 1,
  max: 20_000,
  default: String(DEFAULT_SOURCE_CAP_MB),
  example: String(DEFAULT_SOURCE_CAP_MB),
});

export const resumableThresholdInput = integerInput({
  label: "Resumable Above (MiB)",
  comments: `Files larger than this many MiB (default ${DEFAULT_THRESHOLD_MIB}), and sources that do not say their size, go in chunks over the resumable protocol, which resumes a cut-off chunk where it stopped; smaller ones in one request. A Source URL below it is held in memory while it is sent.`,
  min: 1,
  max: 5000,
  default: String(DEFAULT_THRESHOLD_MIB),
  example: String(DEFAULT_THRESHOLD_MIB),
});

export const chunkSizeInput = integerInput({
  label: "Chunk Size (MiB)",
  comments: `Size of each resumable chunk in MiB (default ${DEFAULT_CHUNK_MIB}); memory use stays at about two chunks (one being sent, the next being read), whatever the file's size.`,
  min: 1,
  max: 64,
  default: String(DEFAULT_CHUNK_MIB),
  example: String(DEFAULT_CHUNK_MIB),
});

/** Exactly one of File and Source URL, checked before any request. */
export function oneSource(file?: FileData, sourceUrl?: string): "file" | "url" {
  if (file && sourceUrl)
    throw new InputError("Source URL", "must be blank when File is given: give one of the two.");
  if (!file && !sourceUrl)
    throw new InputError("File", "is required (or give a Source URL): map the file to upload.");
  return file ? "file" : "url";
}

export const mib = (n: number | undefined, fallback: number) => (n ?? fallback) * MIB;
