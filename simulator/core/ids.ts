import { createHash, randomUUID } from "node:crypto";

/** A standard lower-case UUID. */
export function uuid(): string {
  return randomUUID();
}

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function md5Hex(data: Buffer | string): string {
  return createHash("md5").update(data).digest("hex");
}

/** ISO-8601 without milliseconds, as most APIs print dates. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** ISO-8601 with the offset spelled out: 2017-01-10T07:43:12+00:00. */
export function isoOffsetDate(ms: number): string {
  return isoDate(ms).replace(/Z$/, "+00:00");
}

/** Small deterministic PRNG so seeded data is the same on every run. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function rngBytes(rng: () => number, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * 256);
  return out;
}
