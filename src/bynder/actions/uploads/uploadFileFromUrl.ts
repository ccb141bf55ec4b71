import { action, input } from "@prismatic-io/spectral";
import { streamedLegacyChunk } from "../../uploads/chunkSize";
import { clientFor } from "../../client/clientFor";
import { uploadFileExample } from "../../examplePayloads/uploads";
import { connectionInput } from "../../inputs/common";
import { integerInput } from "../../../core/inputs/factories";
import { withKind } from "../../../core/inputs/kinds";
import { allowPrivateAddressesInput, httpsUrl } from "../../inputs/uploads";
import { MB } from "../../../core/transfer/chunks";
import { runUpload } from "../../uploads/runUpload";
import { openUrlSource } from "../../../core/transfer/source";
import { VENDOR_NAME } from "../../uploads/vendorName";
import { BYNDER_REFERENCE } from "../../endpoints";
import { uploadOptionInputs, uploadPlan } from "./uploadOptions";

export const DEFAULT_SOURCE_CAP_MB = 2048;

export const uploadFileFromUrl = action({
  display: {
    label: "Upload File From URL",
    description: `Upload a file read from a URL as a stream (memory stays at about chunk size × concurrency, whatever its size; up to 5 redirects are followed; the Bynder token is never sent to it, and private addresses are refused unless allowed) and save it, as Upload File does. Bynder API: the legacy S3 flow or the files service (v7), then /api/v4/media/save/ (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    sourceUrl: input({
      label: "Source URL",
      type: "string",
      required: true,
      comments:
        "The http:// or https:// URL to read the file from (e.g. a pre-signed link or a direct download link; up to 5 redirects are followed). Other schemes are refused; no Bynder credentials are sent to it or to any redirect. A web page (a sign-in or share page) is refused unless File Name ends in .html.",
      example: "https://files.example.com/exports/Q3%20final.pdf",
      clean: withKind({ kind: "url" }, (v: unknown) => httpsUrl("Source URL", v, true)),
    }),
    maxSizeMb: integerInput({
      label: "Max Size (MB)",
      comments: `The largest file to upload, in MB (default ${DEFAULT_SOURCE_CAP_MB}); a larger source fails, before reading when it declares its size.`,
      min: 1,
      max: 20_000,
      default: String(DEFAULT_SOURCE_CAP_MB),
      example: String(DEFAULT_SOURCE_CAP_MB),
    }),
    allowPrivateAddresses: allowPrivateAddressesInput,
    ...uploadOptionInputs,
  },
  examplePayload: { data: uploadFileExample },
  perform: async (context, params) => {
    const plan = uploadPlan(params, (m) => context.logger.warn(m));
    const client = clientFor(params.connection, context);
    const capMb = params.maxSizeMb ?? DEFAULT_SOURCE_CAP_MB;
    const opened = await openUrlSource(client, params.sourceUrl, {
      // Blank Chunk Size: larger legacy chunks once the source says how big it is (fewer paced calls).
      chunkSize:
        params.chunkSizeMib === undefined && plan.method === "legacy"
          ? (declared) => streamedLegacyChunk(declared, plan.concurrency)
          : plan.chunkSize,
      capBytes: capMb * MB,
      capMb,
      needCount: plan.method === "legacy",
      concurrency: plan.concurrency,
      allowPrivate: params.allowPrivateAddresses,
      vendorName: VENDOR_NAME,
      // A web page is refused as a sign-in page unless it is the file asked for.
      expectHtml: /\.x?html?$/i.test(plan.fileName),
    });
    try {
      return { data: await runUpload(client, opened.source, plan) };
    } finally {
      await opened.cleanup();
    }
  },
});
