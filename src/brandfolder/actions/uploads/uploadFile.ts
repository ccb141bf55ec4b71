import { action } from "@prismatic-io/spectral";
import { allowPrivateAddressesInput, expectsHtml } from "../../../core/inputs/files";
import { MB } from "../../../core/transfer/chunks";
import { DEFAULT_CHUNK_RETRY } from "../../../core/transfer/protocol";
import { openUrlSource } from "../../../core/transfer/source";
import { clientFor } from "../../client";
import { BRANDFOLDER_REFERENCE, V4 } from "../../endpoints";
import { uploadFileExample } from "../../examplePayloads/uploads";
import {
  assetDescriptionInput,
  createParentInput,
  optionalAssetNameInput,
  parentIdInput,
  sectionKeyInput,
} from "../../inputs/assets";
import { connectionInput } from "../../inputs/common";
import {
  chunkSizeInput,
  DEFAULT_CHUNK_MIB,
  DEFAULT_SOURCE_CAP_MB,
  DEFAULT_THRESHOLD_MIB,
  maxSizeInput,
  mib,
  oneSource,
  resumableThresholdInput,
  sourceUrlInput,
  uploadFileDataInput,
  uploadFileNameInput,
} from "../../inputs/uploads";
import { runUpload, type UploadPlan, VENDOR_NAME } from "../../uploads/runUpload";

export const uploadFile = action({
  display: {
    label: "Upload File",
    description: `Upload a file from an earlier step or a URL (streamed; redirects followed, no API key to any hop, private addresses refused unless allowed) to Brandfolder's storage without the API key, in one request or, for large files, resumable chunks, then create the asset in a section of a Brandfolder or Collection, once. Brandfolder API: GET ${V4}/upload_requests, PUT to upload_url or resumable_upload_url, POST ${V4}/{parent}/{parentId}/assets (${BRANDFOLDER_REFERENCE}/binary_upload).`,
  },
  inputs: {
    connection: connectionInput,
    file: uploadFileDataInput,
    sourceUrl: sourceUrlInput,
    fileName: uploadFileNameInput,
    parent: createParentInput,
    parentId: {
      ...parentIdInput,
      comments: "The ID of the Brandfolder or Collection chosen above.",
    },
    sectionId: sectionKeyInput,
    name: {
      ...optionalAssetNameInput,
      comments: "The new asset's name. Left blank, the asset is named after File Name.",
    },
    description: assetDescriptionInput,
    maxSizeMb: maxSizeInput,
    allowPrivateAddresses: allowPrivateAddressesInput,
    resumableThresholdMib: resumableThresholdInput,
    chunkSizeMib: chunkSizeInput,
  },
  examplePayload: { data: uploadFileExample },
  perform: async (context, params) => {
    const kind = oneSource(params.file, params.sourceUrl);
    const plan: UploadPlan = {
      fileName: params.fileName,
      contentType: params.file?.contentType ?? "application/octet-stream",
      thresholdBytes: mib(params.resumableThresholdMib, DEFAULT_THRESHOLD_MIB),
      chunkSize: mib(params.chunkSizeMib, DEFAULT_CHUNK_MIB),
      chunkRetry: DEFAULT_CHUNK_RETRY,
      target: {
        parent: params.parent as "brandfolders" | "collections",
        parentId: params.parentId,
        sectionId: params.sectionId,
        name: params.name ?? params.fileName,
        description: params.description,
      },
      warn: (m) => context.logger.warn(m),
    };
    const client = clientFor(params.connection, context);
    if (kind === "file" && params.file)
      return { data: await runUpload(client, { kind: "bytes", data: params.file.data }, plan) };
    const capMb = params.maxSizeMb ?? DEFAULT_SOURCE_CAP_MB;
    const opened = await openUrlSource(client, params.sourceUrl as string, {
      chunkSize: plan.chunkSize,
      capBytes: capMb * MB,
      capMb,
      needCount: false,
      // One chunk in flight and the next one read meanwhile.
      concurrency: 2,
      allowPrivate: params.allowPrivateAddresses,
      vendorName: VENDOR_NAME,
      expectHtml: expectsHtml(plan.fileName),
    });
    try {
      const source = { kind: "stream" as const, source: opened.source, size: opened.size };
      // Storage keeps the type it is given: the source's own, when it declares one.
      const typed = { ...plan, contentType: opened.contentType ?? plan.contentType };
      return { data: await runUpload(client, source, typed) };
    } finally {
      await opened.cleanup();
    }
  },
});
