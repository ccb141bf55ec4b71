import { createHash, randomBytes, randomUUID } from "node:crypto";

/** Asset-bank ids are ColdFusion-style: 8-4-4-16 upper-case hex. */
export function bynderId(bytes: Buffer = randomBytes(16)): string {
  const hex = bytes.toString("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 32)}`;
}

/** Newer services (workflow, v7 files) use standard lower-case UUIDs. */
export function uuid(): string {
  return randomUUID();
}

export function sha256Hex(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function md5Hex(data: Buffer | string): string {
  return createHash("md5").update(data).digest("hex");
}

/** ISO-8601 without milliseconds, as Bynder prints dates. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Workflow prints offsets explicitly: 2017-01-10T07:43:12+00:00. */
export function isoOffsetDate(ms: number): string {
  return isoDate(ms).replace(/Z$/, "+00:00");
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Collections and option dates use "March, 08 2017 14:17:37 +0000", not ISO. */
export function legacyDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]}, ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
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
