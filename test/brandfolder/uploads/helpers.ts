import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import type { BrandfolderSimulator } from "../../../simulator/brandfolder";
import { storageOf } from "../../../simulator/brandfolder/storage";
import type { Json } from "../simulator/helpers";

export const MiB = 1024 * 1024;
export const harness = createHarness(component);

/**
 * Loopback only: nock's pass-through socket breaks custom agents (the address guard) and long
 * streamed bodies, so it is switched off for the file (test/setup.ts restores it afterwards).
 */
export const withoutNock = () => beforeAll(() => nock.restore());

export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** Deterministic bytes that differ at every offset, so a misplaced range changes the digest. */
export function bytesOf(size: number, seed = 7): Buffer {
  const out = Buffer.allocUnsafe(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export function connectionOf(sim: BrandfolderSimulator) {
  return { key: "apiKey", configVarKey: "c", fields: { apiKey: sim.apiKey, apiHost: sim.url } };
}

export async function upload(sim: BrandfolderSimulator, inputs: Record<string, unknown>) {
  const result = await harness.action("uploadFile", { connection: connectionOf(sim), ...inputs });
  return result?.data as Json;
}

/** The stored object behind the asset's attachment: its size and SHA-256. */
export function storedObjects(sim: BrandfolderSimulator) {
  return [...storageOf(sim.state).objects.values()].filter((o) => o.complete);
}

/** Requests the storage received (never the API's own). */
export const storageRequests = (sim: BrandfolderSimulator) =>
  sim.requests.filter((r) => r.path.startsWith("/storage/"));

/** A loopback file server: with or without Content-Length, optionally through redirects. */
export async function fileServer(
  data: Buffer,
  options: { length?: boolean; type?: string } = {},
): Promise<{ url: string; hits: { headers: Record<string, unknown> }[]; close(): Promise<void> }> {
  const hits: { headers: Record<string, unknown> }[] = [];
  const server: Server = createServer((req, res) => {
    hits.push({ headers: req.headers });
    if (req.url === "/moved") {
      res.writeHead(302, { location: "/file.bin" });
      return void res.end();
    }
    res.setHeader("connection", "close");
    res.writeHead(200, {
      "content-type": options.type ?? "application/octet-stream",
      ...(options.length === false ? {} : { "content-length": String(data.length) }),
    });
    // Pieces of odd sizes, as a network would deliver them.
    for (let at = 0; at < data.length; at += 100_003) res.write(data.subarray(at, at + 100_003));
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
