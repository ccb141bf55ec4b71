import { createHash } from "node:crypto";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import type { BrandfolderSimulator } from "../../../simulator/brandfolder";
import { storageOf } from "../../../simulator/brandfolder/storage";
import { type Json, seeded } from "../simulator/helpers";

export const MiB = 1024 * 1024;
export const harness = createHarness(component);

/** Where the upload tests put files: the seeded Brandfolder's Logos section. */
export function uploadTarget(sim: BrandfolderSimulator) {
  const ids = seeded(sim);
  return { parent: "brandfolders", parentId: ids.brand, sectionId: ids.logos };
}

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

export { fileServer, withoutNock } from "../../helpers/fileServer";
