import { createHash, createHmac, type Hash, timingSafeEqual } from "node:crypto";
import type { BfState, SimEnv } from "./state";

/**
 * Brandfolder's staging storage (a Google Cloud Storage bucket in production): objects written by
 * signed, expiring, one-time URLs, read back by asset creation. Bytes are kept in memory only up
 * to a cap per object; above it only the size and SHA-256 remain, so a 1 GiB bench holds no 1 GiB.
 */

/** Resumable chunks but the last are a multiple of this (GCS's rule). */
export const STORAGE_UNIT = 256 * 1024;

export interface StoredObject {
  id: string;
  /** Bytes held so far, from 0. */
  size: number;
  complete: boolean;
  contentType: string;
  /** The bytes, while `size` stays within the cap; undefined once it went over. */
  parts?: Buffer[];
  hash: Hash;
  /** Lower-case hex, once complete. */
  sha256?: string;
}

export interface StorageOptions {
  /** Bytes kept per object (default 64 MiB). */
  capBytes: number;
  /** How long signed URLs live (default 24 hours, as Brandfolder's). */
  ttlMs: number;
  /** Delay before an imported attachment shows its size and type (simulator clock). */
  processingMs: number;
}

export interface Storage extends StorageOptions {
  objects: Map<string, StoredObject>;
  /** Signed URLs already used: `<kind>:<objectId>`. */
  used: Set<string>;
  /** Resumable sessions: upload_id → object id. */
  sessions: Map<string, string>;
  secret: string;
  /** Each storage write's byte range, in order (tests read what a resumed chunk re-sent). */
  received: { objectId: string; offset: number; length: number }[];
  /**
   * The fault hook of a cut-off chunk: the chunk PUT that starts at byte `from` keeps `keep` of its
   * bytes (rounded down to 256 KiB, as GCS persists) and its connection drops without an answer.
   */
  cut?: { from: number; keep: number };
  /** Attachments waiting for their import to finish. */
  pending: { attachmentId: string; objectId: string; readyAt: number }[];
  /** The stored object behind each imported attachment. */
  attachmentObjects: Map<string, string>;
  next: number;
}

export const DEFAULT_STORAGE: StorageOptions = {
  capBytes: 64 * 1024 * 1024,
  ttlMs: 24 * 3600_000,
  processingMs: 2000,
};

/** The storage of one simulator state, made on first use. */
export function storageOf(state: BfState, options: Partial<StorageOptions> = {}): Storage {
  let store = state.storage;
  if (!store) {
    store = {
      ...DEFAULT_STORAGE,
      objects: new Map(),
      used: new Set(),
      sessions: new Map(),
      secret: createHash("sha256").update(`storage-${Math.random()}`).digest("hex"),
      received: [],
      pending: [],
      attachmentObjects: new Map(),
      next: 1,
    };
    state.storage = store;
  }
  Object.assign(store, options);
  return store;
}

export const signature = (store: Storage, kind: string, objectId: string, expires: number) =>
  createHmac("sha256", store.secret).update(`${kind}\n${objectId}\n${expires}`).digest("hex");

/** Whether a signed URL's query is genuine and unexpired; the reason when it is not. */
export function checkSigned(
  store: Storage,
  kind: string,
  objectId: string,
  query: { expires?: string; signature?: string },
  now: number,
): string | undefined {
  const expires = Number(query.expires);
  const want = Buffer.from(signature(store, kind, objectId, expires));
  const got = Buffer.from(query.signature ?? "");
  if (!query.expires || got.length !== want.length || !timingSafeEqual(got, want))
    return "SignatureDoesNotMatch: the signature does not match this URL";
  if (now > expires) return "ExpiredToken: the signed URL has expired";
  if (store.used.has(`${kind}:${objectId}`)) return "AccessDenied: the signed URL was already used";
  return undefined;
}

export function newObject(store: Storage, contentType: string): StoredObject {
  const id = `obj${String(store.next++).padStart(6, "0")}`;
  const object = {
    id,
    size: 0,
    complete: false,
    contentType,
    parts: [],
    hash: createHash("sha256"),
  };
  store.objects.set(id, object);
  return object;
}

/** Appends bytes at the object's end; drops the kept bytes once over the cap. */
export function append(store: Storage, object: StoredObject, data: Buffer): void {
  store.received.push({ objectId: object.id, offset: object.size, length: data.length });
  object.hash.update(data);
  object.size += data.length;
  if (object.parts && object.size <= store.capBytes) object.parts.push(Buffer.from(data));
  else object.parts = undefined;
}

export function complete(object: StoredObject): void {
  object.complete = true;
  object.sha256 = object.hash.digest("hex");
}

/**
 * An object's bytes (for the CDN route that serves attachments, and tests); undefined when it does
 * not exist, is incomplete, or went over the cap (then only `size` and `sha256` are known).
 */
export function readObject(state: BfState, objectId: string): Buffer | undefined {
  const object = storageOf(state).objects.get(objectId);
  if (!object?.complete || !object.parts) return undefined;
  return Buffer.concat(object.parts);
}

/** The bytes of an attachment imported from storage (for the CDN route); as readObject. */
export function readAttachment(state: BfState, attachmentId: string): Buffer | undefined {
  const objectId = storageOf(state).attachmentObjects.get(attachmentId);
  return objectId === undefined ? undefined : readObject(state, objectId);
}

/** The object an attachment URL names on this simulator's own origin, if it is one. */
export function ownObjectId(env: SimEnv, url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== new URL(env.baseUrl).origin) return undefined;
  return /^\/storage\/objects\/([^/]+)$/.exec(parsed.pathname)?.[1];
}

/** Fills in imported attachments whose processing delay is over (run before each request). */
export function settleImports(state: BfState, now: number): void {
  const store = state.storage;
  if (!store?.pending.length) return;
  store.pending = store.pending.filter((p) => {
    if (p.readyAt > now) return true;
    const attachment = state.attachments.get(p.attachmentId);
    const object = store.objects.get(p.objectId);
    if (attachment && object?.complete) {
      store.attachmentObjects.set(p.attachmentId, p.objectId);
      attachment.size = object.size;
      if (object.contentType && object.contentType !== "application/octet-stream")
        attachment.mimetype = object.contentType;
    }
    return false;
  });
}
