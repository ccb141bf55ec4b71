import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { fail, formBody, json, list, one, type Reply, SimError, text } from "../../../core/http";
import { md5Hex, uuid } from "../../../core/ids";
import { bynderId } from "../../ids";
import { mimeForFile } from "../../images";
import { type MultipartPart, parseMultipart } from "../../../core/multipart";
import type { Ctx, Router } from "../../routing";
import type { ImportJob, SimEnv } from "../../state";

const BUCKET = "bynder-simulator-bucket";

function policySignature(env: SimEnv, policy: string): string {
  return createHmac("sha256", env.config.secret).update(policy).digest("hex");
}

function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Step 2: a fresh upload id and the signed S3 POST form fields for it. */
function initUpload(ctx: Ctx): Reply {
  const form = formBody(ctx.headers, ctx.body);
  const filename = form.filename ?? "";
  if (!/^[^/\\]+\.[A-Za-z0-9]+$/.test(filename)) {
    return text(400, JSON.stringify({ filename: `'${filename}' is not a valid filename` }));
  }
  const { env } = ctx;
  const s3Filename = `api_uploads/${bynderId()}/${bynderId()}/${filename}`;
  const targetid = `final/${uuid()}/${filename}`;
  // Real upload ids are long S3 tokens full of dots; keep that shape so path-encoding bugs show.
  const uploadId = `T3.${randomBytes(36).toString("base64url").replace(/-/g, ".")}`;
  const now = env.clock();
  const date = amzDate(now);
  const policy = Buffer.from(
    JSON.stringify({
      expiration: new Date(now + 3600_000).toISOString(),
      conditions: [
        { bucket: BUCKET },
        ["starts-with", "$key", s3Filename],
        { acl: "private" },
        { success_action_status: "201" },
        { "x-amz-algorithm": "AWS4-HMAC-SHA256" },
        { "x-amz-date": date },
      ],
    }),
  ).toString("base64");
  env.state.legacyUploads.set(uploadId, {
    uploadId,
    targetid,
    s3Filename,
    fileName: filename,
    registered: new Set(),
  });
  return json(200, {
    s3file: { uploadid: uploadId, targetid },
    s3_filename: s3Filename,
    target_key: s3Filename,
    multipart_params: {
      acl: "private",
      success_action_status: "201",
      "Content-Type": mimeForFile(filename),
      key: s3Filename,
      Policy: policy,
      "X-Amz-Signature": policySignature(env, policy),
      "x-amz-credential": `SIMULATORACCESSKEY/${date.slice(0, 8)}/eu-central-1/s3/aws4_request`,
      "x-amz-algorithm": "AWS4-HMAC-SHA256",
      "x-amz-date": date,
    },
  });
}

function s3Error(status: number, code: string, message: string): SimError {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  return new SimError(text(status, xml, "application/xml"));
}

function field(parts: MultipartPart[], name: string): string | undefined {
  const part = parts.find(
    (p) => p.name.toLowerCase() === name.toLowerCase() && p.filename === undefined,
  );
  return part?.data.toString("utf8");
}

/**
 * What Bynder's SDKs send with each part, checked like a strict bucket would: no Bynder token (S3
 * allows one auth mechanism), chunk within chunks, the key ending in /p<chunk>, Filename equal to it.
 */
function checkChunkFields(ctx: Ctx, parts: MultipartPart[]): void {
  if (ctx.headers.authorization)
    throw s3Error(
      400,
      "InvalidArgument",
      "Only one auth mechanism allowed; the Authorization header must not be sent with a POST policy.",
    );
  const key = field(parts, "key") ?? "";
  const chunk = Number(field(parts, "chunk"));
  const chunks = Number(field(parts, "chunks"));
  if (!Number.isInteger(chunk) || !Number.isInteger(chunks) || chunk < 1 || chunk > chunks)
    throw s3Error(400, "InvalidArgument", "chunk must be a number from 1 to chunks.");
  if (!key.endsWith(`/p${chunk}`))
    throw s3Error(400, "InvalidArgument", `The key must end with /p${chunk} for chunk ${chunk}.`);
  if (field(parts, "Filename") !== key)
    throw s3Error(400, "InvalidArgument", "The field 'Filename' must equal the key.");
  // Bynder's SDKs differ on `name` (the key or the file's name); it must be there.
  if (!field(parts, "name"))
    throw s3Error(400, "InvalidArgument", "Bucket POST must contain a field named 'name'.");
}

/** Step 3A: the S3-like bucket endpoint (no Bynder bearer token). */
function s3Post(ctx: Ctx): Reply {
  const parts = parseMultipart(ctx.body, ctx.headers["content-type"] ?? "");
  const fileIdx = parts.findIndex((p) => p.name === "file");
  if (fileIdx < 0)
    throw s3Error(400, "InvalidArgument", "POST requires exactly one file upload per request.");
  if (fileIdx !== parts.length - 1) {
    throw s3Error(400, "InvalidArgument", "The file field must be the last field in the form.");
  }
  const required = [
    "key",
    "Policy",
    "X-Amz-Signature",
    "x-amz-credential",
    "x-amz-algorithm",
    "x-amz-date",
  ];
  for (const name of required) {
    if (!field(parts, name))
      throw s3Error(400, "InvalidArgument", `Bucket POST must contain a field named '${name}'.`);
  }
  checkChunkFields(ctx, parts);
  const policy = field(parts, "Policy") ?? "";
  const given = field(parts, "X-Amz-Signature") ?? "";
  const expected = policySignature(ctx.env, policy);
  if (
    given.length !== expected.length ||
    !timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  ) {
    throw s3Error(
      403,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match.",
    );
  }
  const decoded = JSON.parse(Buffer.from(policy, "base64").toString("utf8")) as {
    expiration: string;
    conditions: unknown[];
  };
  if (Date.parse(decoded.expiration) < ctx.env.clock())
    throw s3Error(403, "AccessDenied", "Policy expired.");
  const key = field(parts, "key") ?? "";
  const prefix = decoded.conditions.find((c) => Array.isArray(c) && c[1] === "$key") as
    string[] | undefined;
  if (prefix && !key.startsWith(prefix[2])) {
    throw s3Error(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: key");
  }
  const data = parts[fileIdx].data;
  ctx.env.state.s3Objects.set(key, data);
  const etag = `"${md5Hex(data)}"`;
  const status = field(parts, "success_action_status");
  if (status === "201") {
    const location = `${ctx.env.baseUrl}/s3/${encodeURIComponent(key)}`;
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${location}</Location>` +
      `<Bucket>${BUCKET}</Bucket><Key>${key}</Key><ETag>${etag}</ETag></PostResponse>`;
    return text(201, xml, "application/xml", { etag, location });
  }
  return { status: status === "200" ? 200 : 204, headers: { etag }, body: Buffer.alloc(0) };
}

const COULD_NOT_COMPLETE = () =>
  fail(500, "Could not complete upload", { retry: 1, success: false });

function outcomeFor(fileName: string): ImportJob["outcome"] {
  if (fileName.includes("__reject__")) return "rejected";
  if (fileName.includes("__fail__")) return "failed";
  return "done";
}

/** Joins p1..pN of an S3 upload; undefined if any part is missing. */
export function assembleS3(env: SimEnv, s3Filename: string, chunks: number): Buffer | undefined {
  const base = s3Filename.replace(/\/p\d+$/, "");
  const parts: Buffer[] = [];
  for (let i = 1; i <= chunks; i++) {
    const part = env.state.s3Objects.get(`${base}/p${i}`);
    if (!part) return undefined;
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** Steps 3B and 4 share one URL: chunkNumber means register, s3_filename + chunks means finalise. */
function registerOrFinalise(ctx: Ctx): Reply {
  const form = formBody(ctx.headers, ctx.body);
  const uploadId = ctx.params.uploadId ?? form.id;
  if (!uploadId) throw fail(400, "Missing required field: id");
  const upload = ctx.env.state.legacyUploads.get(uploadId);
  if (!upload) throw fail(404, "Upload doesn't exist");
  if (form.chunkNumber !== undefined) {
    for (const f of ["targetid", "filename"])
      if (!form[f]) throw fail(400, `Missing required field: ${f}`);
    const n = Number(form.chunkNumber);
    if (!Number.isInteger(n) || n < 1) throw fail(400, "chunkNumber must be a positive integer");
    if (!ctx.env.state.s3Objects.has(form.filename)) throw COULD_NOT_COMPLETE();
    upload.registered.add(n);
    return json(202, { status: "ok", success: 1 });
  }
  for (const f of ["targetid", "s3_filename", "chunks"])
    if (!form[f]) throw fail(400, `Missing required field: ${f}`);
  const chunks = Number(form.chunks);
  if (!Number.isInteger(chunks) || chunks < 1) throw fail(400, "chunks must be a positive integer");
  for (let i = 1; i <= chunks; i++) if (!upload.registered.has(i)) throw COULD_NOT_COMPLETE();
  const content = assembleS3(ctx.env, form.s3_filename, chunks);
  if (!content) throw COULD_NOT_COMPLETE();
  const fileName = form.original_filename || upload.fileName;
  const importId = bynderId();
  ctx.env.state.imports.set(importId, {
    importId,
    fileName,
    content,
    finalisedAt: ctx.env.clock(),
    outcome: outcomeFor(fileName),
  });
  return json(202, {
    importId,
    batchId: bynderId(),
    output: upload.targetid.replace(/[^/]+$/, ""),
    file: { bucket: BUCKET, path: upload.targetid, type: "s3" },
    filename: upload.targetid,
    locationType: "s3",
    success: 1,
  });
}

function poll(ctx: Ctx): Reply {
  const items = list(one(ctx.query, "items"));
  if (items.length === 0) throw fail(400, "Missing required field: items");
  const out = {
    itemsDone: [] as string[],
    itemsFailed: [] as string[],
    itemsRejected: [] as string[],
  };
  for (const id of items) {
    const job = ctx.env.state.imports.get(id);
    if (!job) {
      out.itemsFailed.push(id);
      continue;
    }
    if (ctx.env.clock() - job.finalisedAt < (job.convertMs ?? ctx.env.config.processingMs))
      continue;
    if (job.outcome === "done") out.itemsDone.push(id);
    else if (job.outcome === "failed") out.itemsFailed.push(id);
    else out.itemsRejected.push(id);
  }
  return json(200, out);
}

export function registerLegacyUpload(router: Router): void {
  // Every upload step needs asset:write, the GET ones included (asset-upload OpenAPI puts the
  // endpoint and poll under the same MEDIAUPLOAD permission as init and save).
  const r = router.family("asset:write", "asset:write");
  r.get("/api/upload/endpoint", (ctx) => json(200, `${ctx.env.baseUrl}/s3/`));
  r.post("/api/upload", initUpload);
  r.post("/api/upload/init", initUpload);
  r.post("/s3", s3Post, { public: true });
  r.get("/api/v4/upload/poll", poll);
  r.post("/api/v4/upload", registerOrFinalise);
  r.post("/api/v4/upload/:uploadId", registerOrFinalise);
}
