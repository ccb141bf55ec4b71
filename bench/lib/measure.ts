import { subscribe } from "node:diagnostics_channel";
import type { Connection } from "@prismatic-io/spectral";
import { createConnection } from "@prismatic-io/spectral/dist/testing";
import { permanentToken } from "../../src/bynder/connections";

/** A Permanent Token connection to a simulator (bench code only). */
export function simConnection(url: string, token: string): Connection {
  return createConnection(permanentToken, { portalUrl: url, token });
}

/** Records when every outgoing HTTP request of this process starts (Node's own http channel). */
export function requestLog() {
  const starts: number[] = [];
  let on = false;
  subscribe("http.client.request.start", () => {
    if (on) starts.push(performance.now());
  });
  return {
    /** Runs `fn` and returns the send times (ms) of the requests it made. */
    async record<T>(fn: () => Promise<T>): Promise<{ value: T; starts: number[]; ms: number }> {
      starts.length = 0;
      on = true;
      const t0 = performance.now();
      try {
        const value = await fn();
        return { value, starts: [...starts], ms: performance.now() - t0 };
      } finally {
        on = false;
      }
    },
  };
}

/** The most requests sent within any window of `windowMs` (a rolling window). */
export function maxInWindow(starts: number[], windowMs = 1000): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Prints a PASS/FAIL line and returns whether the target was met. */
export function target(ok: boolean, text: string): boolean {
  process.stdout.write(`${ok ? "PASS" : "FAIL"}  ${text}\n`);
  return ok;
}
