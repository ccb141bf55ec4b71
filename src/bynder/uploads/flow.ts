import { clock, type Deadline } from "../../core/http/clock";
import type { BynderClient } from "../client/clientFor";
import { FileDigest, sha256Hex } from "../../core/transfer/chunks";
import {
  ADDITIONAL_PATH,
  closestEndpoint,
  finaliseAdditional,
  finaliseUpload,
  initUpload,
  postChunkToS3,
  registerChunk,
} from "./legacy";
import { type ChunkRetry, forEachChunk, withChunkRetry } from "../../core/transfer/pool";
import { executionLimit, PollTimeoutError, waitForImports } from "./poll";
import { NotProcessedYetError, SAVE_NEW_PATH, SAVE_VERSION_PATH, saveOnce } from "./save";
import { finaliseV7, postChunkV7, prepareV7 } from "./v7";

export type UploadMethod = "legacy" | "v7";
export type SaveAs = "newAsset" | "newVersion" | "additional";

export interface UploadPlan {
  method: UploadMethod;
  fileName: string;
  chunkSize: number;
  concurrency: number;
  chunkRetry: ChunkRetry;
  /** Poll (legacy) and save, then read the saved asset; off: stop after finalise. */
  wait: boolean;
  pollIntervalMs: number;
  pollTimeoutMs: number;
  saveAs: SaveAs;
  assetId?: string;
  /** Form fields of a new asset's save (brandId, name, tags, metaproperty.<id>…). */
  saveFields: Record<string, string>;
  warn: (message: string) => void;
}

/** The file as chunks in order; `totalChunks` must be known for the legacy flow. */
export interface UploadSource {
  chunks: AsyncIterable<Buffer>;
  totalChunks?: number;
  /** Takes a sent chunk back (streamed sources reuse a fixed set of buffers). */
  release?: (data: Buffer) => void;
}

export interface UploadResult {
  status: "saved" | "processing";
  method: UploadMethod;
  fileName: string;
  size: number;
  /** SHA-256 of the whole file (files service only: it is sent to Bynder there). */
  sha256?: string;
  chunks: number;
  importId?: string;
  fileId?: string;
  mediaid?: string;
  batchId?: string;
  itemId?: string;
  asset?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Feeds each chunk to the digest in file order, before it is handed to the parallel senders. */
async function* digesting(chunks: AsyncIterable<Buffer>, digest: FileDigest) {
  for await (const data of chunks) {
    digest.update(data);
    yield data;
  }
}

const SAVE_ACTION: Record<SaveAs, string> = {
  newAsset: "Save a New Asset",
  newVersion: "Save as a New Asset Version",
  additional: "Finalize Complete Upload And Save As New Asset Additional",
};

/** What was done and what was not, when a wait ends before the file is saved. */
function notSaved(plan: UploadPlan, id: string, chunks: number, why: string): Error {
  // v7 has no poll: its save answers "not converted yet" until the file is ready.
  const next =
    plan.method === "legacy"
      ? `run Retrieve Poll State with import id ${id} until it is done, then`
      : "run";
  return new Error(
    `The file was uploaded (${chunks} chunk${chunks === 1 ? "" : "s"}) and finalised as import id ${id}, but not saved: ${why}. Nothing is lost: in a later step or execution, ${next} ${SAVE_ACTION[plan.saveAs]} with import id ${id}.`,
  );
}

/**
 * A save that answered "not converted yet" saved nothing, so it may be sent again after a wait,
 * within the Poll Timeout and the execution's deadline (the save wait of v7 starts late, after the
 * chunks, but its end is fixed by the execution's start).
 */
async function saveWhenReady(
  plan: UploadPlan,
  deadline: Deadline,
  chunks: number,
  save: () => Promise<Record<string, unknown>>,
) {
  const time = clock();
  const timeoutAt = time.now() + plan.pollTimeoutMs;
  for (;;) {
    try {
      return await save();
    } catch (error) {
      if (!(error instanceof NotProcessedYetError) || !plan.wait) throw error;
      const still = "Bynder was still converting it";
      if (time.now() + plan.pollIntervalMs > timeoutAt)
        throw notSaved(plan, error.importId, chunks, `${still} when Poll Timeout was reached`);
      if (!deadline.allows(plan.pollIntervalMs))
        throw notSaved(plan, error.importId, chunks, `${still} and ${executionLimit(deadline)}`);
      await time.sleep(plan.pollIntervalMs);
    }
  }
}

/** The save request for the chosen Save As (additional only comes here from v7). */
function saveRequest(
  plan: UploadPlan,
  id: string,
  digest: FileDigest,
): Parameters<typeof saveOnce>[1] {
  const assetId = plan.assetId ?? "";
  if (plan.saveAs === "newVersion")
    return { path: SAVE_VERSION_PATH, pathParams: { assetId, importId: id }, fields: {} };
  if (plan.saveAs === "additional")
    return { path: ADDITIONAL_PATH, pathParams: { assetId, uploadId: id }, fields: {} };
  return {
    path: SAVE_NEW_PATH,
    pathParams: { importId: id },
    fields: { ...plan.saveFields, crc32: digest.crc32() },
  };
}

const save = (client: BynderClient, plan: UploadPlan, id: string, digest: FileDigest) =>
  saveOnce(client, saveRequest(plan, id, digest), id);

async function legacyUpload(client: BynderClient, source: UploadSource, plan: UploadPlan) {
  const total = source.totalChunks;
  if (total === undefined)
    throw new Error("The legacy S3 flow needs the number of chunks up front.");
  const endpoint = await closestEndpoint(client);
  const init = await initUpload(client, plan.fileName);
  const params = Object.entries(init.multipart_params).map(
    ([k, v]) => [k, String(v)] as [string, string],
  );
  const base = { id: init.s3file.uploadid, targetid: init.s3file.targetid };
  const digest = new FileDigest();
  const sent = await forEachChunk(
    digesting(source.chunks, digest),
    plan.concurrency,
    (data, i) =>
      withChunkRetry(
        plan.chunkRetry,
        async () => {
          const n = i + 1;
          await postChunkToS3(client, endpoint, params, n, total, data);
          await registerChunk(client, {
            ...base,
            filename: `${init.s3_filename}/p${n}`,
            chunkNumber: n,
          });
        },
        plan.warn,
        `Chunk ${i + 1} of ${total}`,
        client.deadline,
      ),
    source.release,
  );
  if (sent !== total)
    throw new Error(`The file had ${sent} chunks where ${total} were expected: its size changed.`);
  const fields = { targetid: base.targetid, s3_filename: init.s3_filename, chunks: total };
  const summary = { method: "legacy" as const, fileName: plan.fileName, chunks: total };
  if (plan.saveAs === "additional") {
    const data = await finaliseAdditional(client, plan.assetId ?? "", base.id, fields);
    return { digest, summary, saved: data, id: base.id };
  }
  const fin = await finaliseUpload(client, {
    ...base,
    ...fields,
    original_filename: plan.fileName,
  });
  return { digest, summary, id: fin.importId, needsPoll: true };
}

async function v7Upload(client: BynderClient, source: UploadSource, plan: UploadPlan) {
  const fileId = await prepareV7(client);
  const digest = new FileDigest(true);
  const count = await forEachChunk(
    digesting(source.chunks, digest),
    plan.concurrency,
    (data, n) =>
      withChunkRetry(
        plan.chunkRetry,
        () => postChunkV7(client, fileId, n, data, sha256Hex(data)),
        plan.warn,
        `Chunk ${n} (numbered from 0)`,
        client.deadline,
      ),
    source.release,
  );
  const sha256 = digest.sha256() as string;
  await finaliseV7(client, fileId, {
    fileName: plan.fileName,
    fileSize: digest.size,
    chunksCount: count,
    sha256,
  });
  return {
    digest,
    sha256,
    summary: { method: "v7" as const, fileName: plan.fileName, chunks: count },
    id: fileId,
  };
}

/** The whole upload: chunks (in parallel, each retried), finalise, then poll and save as asked. */
export async function uploadFile(
  client: BynderClient,
  source: UploadSource,
  plan: UploadPlan,
): Promise<UploadResult> {
  let result: UploadResult;
  if (plan.method === "v7") {
    const up = await v7Upload(client, source, plan);
    result = {
      status: "processing",
      ...up.summary,
      size: up.digest.size,
      sha256: up.sha256,
      fileId: up.id,
    };
    const saved = await saveWhenReady(plan, client.deadline, up.summary.chunks, () =>
      save(client, plan, up.id, up.digest),
    );
    result = { ...result, ...pickSaved(saved), status: "saved" };
  } else {
    const up = await legacyUpload(client, source, plan);
    result = { status: "processing", ...up.summary, size: up.digest.size };
    if (up.saved) return { ...result, ...pickSaved(up.saved), status: "saved" };
    result.importId = up.id;
    if (!plan.wait) return result;
    try {
      await waitForImports(client, [up.id], {
        intervalMs: plan.pollIntervalMs,
        timeoutMs: plan.pollTimeoutMs,
        deadline: client.deadline,
      });
    } catch (error) {
      if (!(error instanceof PollTimeoutError)) throw error;
      throw notSaved(plan, up.id, up.summary.chunks, error.status);
    }
    const saved = await saveWhenReady(plan, client.deadline, up.summary.chunks, () =>
      save(client, plan, up.id, up.digest),
    );
    result = { ...result, ...pickSaved(saved), status: "saved" };
  }
  if (plan.wait && result.mediaid) {
    const { data } = await client.request<Record<string, unknown>>({
      method: "GET",
      path: "/api/v4/media/{id}/",
      pathParams: { id: result.mediaid },
    });
    result.asset = data;
  }
  return result;
}

function pickSaved(saved: Record<string, unknown>) {
  const out: Record<string, string> = {};
  for (const key of ["mediaid", "batchId", "itemId"]) {
    const v = saved[key];
    if (typeof v === "string" || typeof v === "number") out[key] = String(v);
  }
  return out;
}
