import { createHash } from "node:crypto";
import {
  type Simulator,
  type SimulatorOptions,
  startBynderSimulator,
} from "../../../simulator/bynder";

export type Fields = Record<string, string | number | boolean>;

/** A thin fetch wrapper bound to one simulator and one bearer token. */
export interface Api {
  sim: Simulator;
  get(path: string, query?: Fields, headers?: Record<string, string>): Promise<Response>;
  form(method: string, path: string, fields: Fields): Promise<Response>;
  json(method: string, path: string, body: unknown): Promise<Response>;
  del(path: string, query?: Fields): Promise<Response>;
  getJson<T = unknown>(path: string, query?: Fields): Promise<T>;
}

export function withQuery(url: string, query: Fields = {}): string {
  const qs = new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  return qs ? `${url}?${qs}` : url;
}

export function formBody(fields: Fields): string {
  return new URLSearchParams(
    Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
}

export function api(sim: Simulator, token = sim.credentials.permanentToken): Api {
  const auth = { authorization: `Bearer ${token}` };
  const self: Api = {
    sim,
    get: (path, query, headers = {}) =>
      fetch(withQuery(sim.url + path, query), { headers: { ...auth, ...headers } }),
    form: (method, path, fields) =>
      fetch(sim.url + path, {
        method,
        headers: { ...auth, "content-type": "application/x-www-form-urlencoded" },
        body: formBody(fields),
      }),
    json: (method, path, body) =>
      fetch(sim.url + path, {
        method,
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    del: (path, query) =>
      fetch(withQuery(sim.url + path, query), { method: "DELETE", headers: auth }),
    getJson: async <T>(path: string, query?: Fields) => {
      const res = await self.get(path, query);
      if (res.status !== 200) throw new Error(`GET ${path} -> ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
  return self;
}

/** Starts a simulator for the enclosing describe block and closes it afterwards. */
export function useSimulator(options: SimulatorOptions = {}): () => Api {
  let current: Api | undefined;
  beforeAll(async () => {
    current = api(await startBynderSimulator(options));
  });
  afterAll(async () => {
    await current?.sim.close();
  });
  return () => {
    if (!current) throw new Error("simulator not started");
    return current;
  };
}

export function sha256(data: Buffer | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Deterministic pseudo-random bytes, so a failing round trip is reproducible. */
export function bytesOf(size: number, seed = 7): Buffer {
  const out = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

/** Asks for a download URL and fetches it without a bearer token, as clients must. */
export async function downloadBytes(
  api: Api,
  assetId: string,
  path = "download/",
): Promise<Buffer> {
  const { s3_file } = await api.getJson<{ s3_file: string }>(`/api/v4/media/${assetId}/${path}`);
  const res = await fetch(s3_file);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

export type Json = Record<string, unknown>;

/** Prepares a v7 upload, sends `content` as its one chunk and finalises it; returns the file id. */
export async function finalisedV7Upload(
  api: Api,
  fileName: string,
  content: Buffer,
): Promise<string> {
  const prep = await api.json("POST", "/v7/file_cmds/upload/prepare", {});
  const { file_id } = (await prep.json()) as { file_id: string };
  await fetch(`${api.sim.url}/v7/file_cmds/upload/${file_id}/chunk/0`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${api.sim.credentials.permanentToken}`,
      "content-sha256": sha256(content),
    },
    body: content,
  });
  const fin = await api.form("POST", `/v7/file_cmds/upload/${file_id}/finalise_api`, {
    fileName,
    fileSize: content.length,
    chunksCount: 1,
    sha256: sha256(content),
  });
  expect(fin.status).toBe(201);
  return file_id;
}
