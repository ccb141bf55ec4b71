/**
 * Upload File's steps: a protocol (legacyProtocol.ts or v7Protocol.ts) driven by the core chunk
 * engine, then the import poll (poll.ts, legacy only) and the save (save.ts), then the saved asset.
 */
import { clock, type Deadline } from "../../core/http/clock";
import type { BynderClient } from "../client/clientFor";
import { uploadChunks } from "../../core/transfer/engine";
import type { ChunkRetry, ChunkSource, SentFile } from "../../core/transfer/protocol";
import { ADDITIONAL_PATH, legacyProtocol } from "./legacyProtocol";
import { executionLimit, PollTimeoutError, waitForImports } from "./poll";
import { NotProcessedYetError, SAVE_NEW_PATH, SAVE_VERSION_PATH, saveOnce } from "./save";
import { v7Protocol } from "./v7Protocol";
import { VENDOR_NAME } from "./vendorName";

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
function saveRequest(plan: UploadPlan, id: string, sent: SentFile): Parameters<typeof saveOnce>[1] {
  const assetId = plan.assetId ?? "";
  if (plan.saveAs === "newVersion")
    return { path: SAVE_VERSION_PATH, pathParams: { assetId, importId: id }, fields: {} };
  if (plan.saveAs === "additional")
    return { path: ADDITIONAL_PATH, pathParams: { assetId, uploadId: id }, fields: {} };
  return {
    path: SAVE_NEW_PATH,
    pathParams: { importId: id },
    fields: { ...plan.saveFields, crc32: sent.crc32 },
  };
}

const save = (client: BynderClient, plan: UploadPlan, id: string, sent: SentFile) =>
  saveOnce(client, saveRequest(plan, id, sent), id);

const engine = (plan: UploadPlan, client: BynderClient) => ({
  concurrency: plan.concurrency,
  retry: plan.chunkRetry,
  deadline: client.deadline,
  warn: plan.warn,
  vendorName: VENDOR_NAME,
});

/** The whole upload: chunks (in parallel, each retried), finalise, then poll and save as asked. */
export async function runUpload(
  client: BynderClient,
  /** The file as chunks in order; `totalChunks` must be known for the legacy flow. */
  source: ChunkSource,
  plan: UploadPlan,
): Promise<UploadResult> {
  let result: UploadResult;
  const { method, fileName } = plan;
  if (method === "v7") {
    const { finished, sent } = await uploadChunks(
      v7Protocol(client, { fileName }),
      source,
      engine(plan, client),
    );
    const id = finished.id;
    const { chunks, size, sha256 } = sent;
    result = { status: "processing", method, fileName, chunks, size, sha256, fileId: id };
    const saved = await saveWhenReady(plan, client.deadline, sent.chunks, () =>
      save(client, plan, id, sent),
    );
    result = { ...result, ...pickSaved(saved), status: "saved" };
  } else {
    const additionalTo = plan.saveAs === "additional" ? (plan.assetId ?? "") : undefined;
    const { finished, sent } = await uploadChunks(
      legacyProtocol(client, { fileName, additionalTo }),
      source,
      engine(plan, client),
    );
    const id = finished.id;
    result = { status: "processing", method, fileName, chunks: sent.chunks, size: sent.size };
    if (finished.saved) return { ...result, ...pickSaved(finished.saved), status: "saved" };
    result.importId = id;
    if (!plan.wait) return result;
    try {
      await waitForImports(client, [id], {
        intervalMs: plan.pollIntervalMs,
        timeoutMs: plan.pollTimeoutMs,
        deadline: client.deadline,
      });
    } catch (error) {
      if (!(error instanceof PollTimeoutError)) throw error;
      throw notSaved(plan, id, sent.chunks, error.status);
    }
    const saved = await saveWhenReady(plan, client.deadline, sent.chunks, () =>
      save(client, plan, id, sent),
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
