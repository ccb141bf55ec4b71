import { randomUUID } from "node:crypto";
import { empty, fail, formBody, json, jsonBody, type Reply } from "../../../core/http";
import { sha256Hex, uuid } from "../../../core/ids";
import type { Ctx, Router } from "../../routing";
import type { SimEnv, V7Upload } from "../../state";

function getUpload(env: SimEnv, fileId: string): V7Upload {
  const upload = env.state.v7Uploads.get(fileId);
  if (!upload) throw fail(404, `Unknown file_id: ${fileId}`);
  if (upload.finalised) throw fail(400, `Upload ${fileId} is already finalised`);
  return upload;
}

function prepare(ctx: Ctx): Reply {
  jsonBody(ctx.headers, ctx.body);
  const fileId = uuid();
  ctx.env.state.v7Uploads.set(fileId, { fileId, chunks: new Map(), finalised: false });
  return json(200, { file_id: fileId });
}

/** Chunks are 0-based and must carry the hex SHA-256 of their bytes in Content-SHA256. */
function chunk(ctx: Ctx): Reply {
  const upload = getUpload(ctx.env, ctx.params.fileId);
  const n = Number(ctx.params.chunkNumber);
  if (!Number.isInteger(n) || n < 0) throw fail(400, "chunk_number must be an integer >= 0");
  const declared = ctx.headers["content-sha256"];
  if (!declared) throw fail(400, "Missing required header: Content-SHA256");
  if (declared.toLowerCase() !== sha256Hex(ctx.body)) {
    throw fail(400, `Content-SHA256 mismatch for chunk ${n}`);
  }
  upload.chunks.set(n, ctx.body);
  return empty(201);
}

function finalise(ctx: Ctx): Reply {
  const upload = getUpload(ctx.env, ctx.params.fileId);
  const form = formBody(ctx.headers, ctx.body);
  for (const f of ["fileName", "fileSize", "chunksCount", "sha256"]) {
    if (!form[f]) throw fail(400, `Missing required field: ${f}`);
  }
  const count = Number(form.chunksCount);
  if (!Number.isInteger(count) || count < 1)
    throw fail(400, "chunksCount must be a positive integer");
  const parts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const part = upload.chunks.get(i);
    if (!part) throw fail(400, `Missing chunk ${i}`);
    parts.push(part);
  }
  if (upload.chunks.size !== count)
    throw fail(400, `Received ${upload.chunks.size} chunks, chunksCount is ${count}`);
  const content = Buffer.concat(parts);
  if (content.length !== Number(form.fileSize)) {
    throw fail(
      400,
      `fileSize ${form.fileSize} does not match the ${content.length} bytes received`,
    );
  }
  if (form.sha256.toLowerCase() !== sha256Hex(content))
    throw fail(400, "sha256 does not match the uploaded file");
  upload.finalised = true;
  // There is no poll for v7: a save before the conversion ends answers 303 "not converted yet".
  ctx.env.state.imports.set(upload.fileId, {
    importId: upload.fileId,
    fileName: form.fileName,
    content,
    finalisedAt: ctx.env.clock(),
    outcome: "done",
    convertMs: ctx.env.config.v7ConversionMs,
  });
  const correlationId = randomUUID();
  return json(
    201,
    { correlation_id: correlationId, file_id: upload.fileId },
    { "x-api-correlation-id": correlationId },
  );
}

export function registerV7Upload(router: Router): void {
  // Every upload step needs asset:write, the GET ones included.
  const r = router.family("asset:write", "asset:write");
  r.post("/v7/file_cmds/upload/prepare", prepare);
  r.post("/v7/file_cmds/upload/:fileId/chunk/:chunkNumber", chunk);
  r.post("/v7/file_cmds/upload/:fileId/finalise_api", finalise);
}
