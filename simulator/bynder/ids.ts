import { randomBytes } from "node:crypto";

/** Asset-bank ids are ColdFusion-style: 8-4-4-16 upper-case hex. */
export function bynderId(bytes: Buffer = randomBytes(16)): string {
  const hex = bytes.toString("hex").toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 32)}`;
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
