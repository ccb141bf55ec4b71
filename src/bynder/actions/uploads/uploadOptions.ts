import { input } from "@prismatic-io/spectral";
import { optionalBrandIdInput } from "../../inputs/brands";
import { metapropertiesInput, metapropertyFields } from "../../inputs/assets";
import { InputError } from "../../../core/inputs/clean";
import {
  booleanInput,
  choiceInput,
  integerInput,
  optionalIdInput,
  textInput,
  valueListInput,
} from "../../../core/inputs/factories";
import { withKind } from "../../../core/inputs/kinds";
import {
  assetNameInput,
  fileNameInput,
  pollIntervalInput,
  pollTimeoutInput,
  uploadMethodInput,
} from "../../inputs/uploads";
import { DEFAULT_CHUNK_SIZE, MIB } from "../../../core/transfer/chunks";
import { DEFAULT_CHUNK_RETRY } from "../../../core/transfer/protocol";
import { MIN_LEGACY_CHUNK } from "../../uploads/legacyProtocol";
import type { SaveAs, UploadMethod, UploadPlan } from "../../uploads/runUpload";
import { pollTiming } from "../../uploads/poll";

/** The inputs Upload File and Upload File From URL share, after their file source. */
export const uploadOptionInputs = {
  fileName: fileNameInput(
    "File Name",
    "The file's name in Bynder, with its extension. Kept exactly as given (spaces, accents, quotes and non-Latin characters included).",
  ),
  uploadMethod: uploadMethodInput,
  saveAs: choiceInput({
    label: "Save As",
    comments:
      "A new asset (needs Brand ID), a new version of the asset in Asset ID, or an additional file of that asset.",
    options: [
      { label: "new asset", value: "newAsset" },
      { label: "new version of an asset", value: "newVersion" },
      { label: "additional file of an asset", value: "additional" },
    ] as const,
    default: "newAsset",
  }),
  assetId: optionalIdInput({
    label: "Asset ID",
    comments: "The existing asset, when saving a new version or an additional file.",
    dataSource: "selectAsset",
    example: "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B",
  }),
  brandId: {
    ...optionalBrandIdInput,
    comments: "The brand of a new asset (required by Bynder for a new asset).",
  },
  assetName: assetNameInput,
  description: textInput({ label: "Description", comments: "Description of the new asset." }),
  tags: valueListInput({
    label: "Tags",
    comments: "Tags of the new asset, one per row (or comma-separated).",
    items: "id",
    example: "report",
  }),
  metaproperties: input({
    ...metapropertiesInput,
    required: false,
    comments: `${metapropertiesInput.comments} Only for a new asset.`,
    clean: withKind({ kind: "metaproperties" }, (v: unknown) =>
      v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)
        ? undefined
        : metapropertyFields(v),
    ),
  }),
  chunkSizeMib: integerInput({
    label: "Chunk Size (MiB)",
    comments:
      "Size of each chunk in MiB. Blank: 5, except that a large file goes through legacy S3 in larger chunks, since each chunk costs one paced Bynder call: Upload File up to 64 MiB (two chunks per sender), Upload File From URL up to 48 MiB ÷ (Concurrency + 1) when the source states its size, as it holds about one chunk per sender plus one in memory. The legacy S3 flow needs at least 5.",
    min: 1,
    max: 100,
    example: "5",
  }),
  concurrency: integerInput({
    label: "Concurrency",
    comments:
      "Chunks sent at the same time (default 4). Set 1 if a portal rejects parallel chunks.",
    min: 1,
    max: 8,
    default: "4",
    example: "4",
  }),
  waitForProcessing: booleanInput({
    label: "Wait for Processing",
    comments:
      "On: wait until Bynder has processed the file, save it and return the saved asset. Off (legacy S3): return the import id right after finalising, for Retrieve Poll State and Save a New Asset in a later step, so a large video need not outlast the execution.",
    default: "true",
  }),
  pollInterval: pollIntervalInput,
  pollTimeout: pollTimeoutInput,
};

interface OptionParams {
  fileName: string;
  uploadMethod?: UploadMethod;
  saveAs?: SaveAs;
  assetId?: string;
  brandId?: string;
  assetName?: string;
  description?: string;
  tags?: string[];
  metaproperties?: Record<string, string>;
  chunkSizeMib?: number;
  concurrency?: number;
  waitForProcessing: boolean;
  pollInterval?: number;
  pollTimeout?: number;
}

/** Checks across inputs, before any request, and the plan the upload core runs. */
export function uploadPlan(p: OptionParams, warn: (m: string) => void): UploadPlan {
  const method = p.uploadMethod ?? "legacy";
  const saveAs = p.saveAs ?? "newAsset";
  const chunkSize = p.chunkSizeMib === undefined ? DEFAULT_CHUNK_SIZE : p.chunkSizeMib * MIB;
  if (method === "legacy" && chunkSize < MIN_LEGACY_CHUNK)
    throw new InputError(
      "Upload Method",
      `is legacy S3, whose parts must be at least 5 MiB: raise "Chunk Size (MiB)" (${p.chunkSizeMib}) to 5 or more, or use the files service (v7).`,
    );
  if (saveAs === "newAsset" && !p.brandId)
    throw new InputError("Brand ID", "is required to save a new asset.");
  if (saveAs !== "newAsset" && !p.assetId)
    throw new InputError("Asset ID", "is required to save a new version or an additional file.");
  if (saveAs === "newAsset" && p.assetId)
    throw new InputError(
      "Asset ID",
      'is only used to save a new version or an additional file: clear it, or change "Save As".',
    );
  const assetOnly = {
    "Brand ID": p.brandId,
    "Asset Name": p.assetName,
    Description: p.description,
    Tags: p.tags,
    Metaproperties: p.metaproperties,
  };
  const misplaced = Object.entries(assetOnly).find(([, v]) => v !== undefined);
  if (saveAs !== "newAsset" && misplaced)
    throw new InputError(
      misplaced[0],
      'only applies to a new asset: clear it, or set "Save As" to new asset.',
    );
  const saveFields: Record<string, string> = {};
  if (saveAs === "newAsset") {
    Object.assign(saveFields, { brandId: p.brandId });
    if (p.assetName !== undefined) saveFields.name = p.assetName;
    if (p.description !== undefined) saveFields.description = p.description;
    if (p.tags?.length) saveFields.tags = p.tags.join(",");
    Object.assign(saveFields, p.metaproperties ?? {});
  }
  const { intervalMs, timeoutMs } = pollTiming(p.pollInterval, p.pollTimeout);
  return {
    method,
    fileName: p.fileName,
    chunkSize,
    concurrency: p.concurrency ?? 4,
    chunkRetry: DEFAULT_CHUNK_RETRY,
    wait: p.waitForProcessing,
    pollIntervalMs: intervalMs,
    pollTimeoutMs: timeoutMs,
    saveAs,
    assetId: p.assetId,
    saveFields,
    warn,
  };
}
