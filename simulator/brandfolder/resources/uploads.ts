import { empty, json, one, type Reply, SimError, text } from "../../core/http";
import { type Ctx, type Router, V4 } from "../routing";
import type { SimEnv } from "../state";
import {
  append,
  checkSigned,
  complete,
  newObject,
  ownObjectId,
  signature,
  STORAGE_UNIT,
  storageOf,
  type StoredObject,
} from "../storage";

/** GCS answers errors as XML `<Error><Code>…`. */
const xmlError = (status: number, code: string, message: string): SimError =>
  new SimError(
    text(
      status,
      `<?xml version='1.0' encoding='UTF-8'?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
      "application/xml; charset=UTF-8",
    ),
  );

/** The leak canary: storage never sees a Brandfolder key, in any header or in the query. */
function refuseKeys(ctx: Ctx): void {
  const keys = [...ctx.env.state.users.values()].map((u) => u.apiKey).filter(Boolean);
  const query = Object.values(ctx.query).flat();
  const carried = [...Object.values(ctx.headers), ...query].some((v) =>
    keys.some((k) => v.includes(k)),
  );
  if (carried)
    throw xmlError(403, "AccessDenied", "A Brandfolder API key must never be sent to storage.");
}

function signedUrl(env: SimEnv, kind: "upload" | "resumable", objectId: string, expires: number) {
  const sig = signature(storageOf(env.state), kind, objectId, expires);
  return `${env.baseUrl}/storage/${kind}/${objectId}?expires=${expires}&signature=${sig}`;
}

/** `GET /upload_requests`: one object, reachable by one PUT or one resumable session. */
function uploadRequest(ctx: Ctx): Reply {
  const store = storageOf(ctx.env.state);
  const object = newObject(store, "application/octet-stream");
  const expires = ctx.env.clock() + store.ttlMs;
  return json(200, {
    upload_url: signedUrl(ctx.env, "upload", object.id, expires),
    resumable_upload_url: signedUrl(ctx.env, "resumable", object.id, expires),
    service: "gcs",
    object_url: `${ctx.env.baseUrl}/storage/objects/${object.id}`,
  });
}

function signedObject(ctx: Ctx, kind: string): StoredObject {
  refuseKeys(ctx);
  const store = storageOf(ctx.env.state);
  const object = store.objects.get(ctx.params.objectId);
  const query = { expires: one(ctx.query, "expires"), signature: one(ctx.query, "signature") };
  const refused = checkSigned(store, kind, ctx.params.objectId, query, ctx.env.clock());
  if (!object || refused) {
    const [code, message] = (refused ?? "NoSuchKey: no such object").split(": ");
    throw xmlError(code === "NoSuchKey" ? 404 : 403, code, message);
  }
  if (object.size > 0 || object.complete)
    throw xmlError(403, "AccessDenied", "the object was already written");
  return object;
}

/** One PUT of the whole file to `upload_url`. */
function putWhole(ctx: Ctx): Reply {
  const object = signedObject(ctx, "upload");
  const store = storageOf(ctx.env.state);
  object.contentType = ctx.headers["content-type"] ?? object.contentType;
  append(store, object, ctx.body);
  complete(object);
  store.used.add(`upload:${object.id}`);
  return empty(200, { etag: `"${object.sha256?.slice(0, 32)}"` });
}

/** `POST resumable_upload_url` with `x-goog-resumable: start`: 201 and the session URI. */
function startSession(ctx: Ctx): Reply {
  const object = signedObject(ctx, "resumable");
  if (ctx.headers["x-goog-resumable"] !== "start")
    throw xmlError(400, "InvalidArgument", "x-goog-resumable: start is required");
  const store = storageOf(ctx.env.state);
  store.used.add(`resumable:${object.id}`);
  object.contentType = ctx.headers["content-type"] ?? object.contentType;
  const uploadId = `u${store.next++}${signature(store, "session", object.id, 0).slice(0, 16)}`;
  store.sessions.set(uploadId, object.id);
  const location = `${ctx.env.baseUrl}/storage/resumable/${object.id}?upload_id=${uploadId}`;
  return empty(201, { location });
}

const held = (object: StoredObject): Record<string, string> =>
  object.size > 0 ? { range: `bytes=0-${object.size - 1}` } : {};

/** A chunk (`bytes a-b/total`) or a status query (`bytes *\/total`) of a resumable session. */
function putChunk(ctx: Ctx): Reply {
  refuseKeys(ctx);
  const store = storageOf(ctx.env.state);
  const uploadId = one(ctx.query, "upload_id");
  const objectId = uploadId ? store.sessions.get(uploadId) : undefined;
  const object = objectId === ctx.params.objectId ? store.objects.get(objectId) : undefined;
  if (!object) throw xmlError(404, "NoSuchUpload", "no such upload session");
  if (object.complete) return json(200, { name: object.id, size: String(object.size) });
  const range = /^bytes (?:\*|(\d+)-(\d+))\/(\*|\d+)$/.exec(ctx.headers["content-range"] ?? "");
  if (!range) throw xmlError(400, "InvalidArgument", "Content-Range must be bytes a-b/total");
  const total = range[3] === "*" ? undefined : Number(range[3]);
  if (range[1] !== undefined) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to - from + 1 !== ctx.body.length || from > object.size)
      throw xmlError(400, "InvalidArgument", `Content-Range does not match ${object.size} held`);
    const last = total !== undefined && to + 1 === total;
    if (!last && ctx.body.length % STORAGE_UNIT !== 0)
      throw xmlError(400, "InvalidArgument", "a chunk but the last must be a multiple of 256 KiB");
    // Bytes the server already holds (an overlap after a cut) are skipped, as GCS does.
    const data = ctx.body.subarray(object.size - from);
    if (store.cut?.from === from) {
      const kept = Math.floor(store.cut.keep / STORAGE_UNIT) * STORAGE_UNIT;
      store.cut = undefined;
      append(store, object, data.subarray(0, Math.min(kept, data.length)));
      return { ...empty(500), reset: true };
    }
    append(store, object, data);
  }
  if (total !== undefined && object.size === total) {
    complete(object);
    return json(200, { name: object.id, size: String(object.size) });
  }
  return empty(308, held(object));
}

/** The object's bytes, as its signed read URL would give them (loopback only). */
function getObject(ctx: Ctx): Reply {
  refuseKeys(ctx);
  const object = storageOf(ctx.env.state).objects.get(ctx.params.objectId);
  if (!object?.complete) throw xmlError(404, "NoSuchKey", "no such object");
  if (!object.parts) throw xmlError(413, "TooLarge", "the simulator kept only size and SHA-256");
  return {
    status: 200,
    headers: { "content-type": object.contentType },
    body: Buffer.concat(object.parts),
  };
}

/**
 * Brandfolder imports an attachment URL after the create: its own storage's object, or (the
 * simulator reaches no network) a loopback URL it reads into storage. Size and type appear after
 * the processing delay; any other URL keeps the name-only attachment.
 */
export function importAttachment(env: SimEnv, attachmentId: string, url: string): void {
  const store = storageOf(env.state);
  const own = ownObjectId(env, url);
  const readyAt = env.clock() + store.processingMs;
  if (own) {
    store.pending.push({ attachmentId, objectId: own, readyAt });
    return;
  }
  if (!/^http:\/\/(127(?:\.\d{1,3}){3}|localhost|\[::1\])(:\d+)?\//i.test(url)) return;
  void fetch(url)
    .then(async (res) => {
      if (!res.ok) return;
      const object = newObject(store, res.headers.get("content-type") ?? "");
      append(store, object, Buffer.from(await res.arrayBuffer()));
      complete(object);
      store.pending.push({ attachmentId, objectId: object.id, readyAt });
    })
    .catch(() => undefined);
}

export function registerUploads(router: Router): void {
  router
    .get(`${V4}/upload_requests`, uploadRequest)
    .put("/storage/upload/:objectId", putWhole, { public: true })
    .post("/storage/resumable/:objectId", startSession, { public: true })
    .put("/storage/resumable/:objectId", putChunk, { public: true })
    .get("/storage/objects/:objectId", getObject, { public: true });
}
