import { subscribe } from "node:diagnostics_channel";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../src/bynder";
import { Pacer } from "../../src/core/http/pacer";
import type { SimProcess } from "./simProcess";

export const MiB = 1024 * 1024;
export const harness = createHarness(component);

/** Runs `fn` with every pacer letting requests through at once (restored afterwards, even on error). */
export async function withPacerOff<T>(fn: () => Promise<T>): Promise<T> {
  const acquire = Pacer.prototype.acquire;
  Pacer.prototype.acquire = async function (this: Pacer) {
    return { ok: true as const, epoch: this.epoch };
  };
  try {
    return await fn();
  } finally {
    Pacer.prototype.acquire = acquire;
  }
}

/** The simulator's first brand, read over its API (the bench process holds no simulator state). */
export async function firstBrand(sim: SimProcess): Promise<string> {
  const res = await fetch(`${sim.url}/api/v4/brands/`, {
    headers: { Authorization: `Bearer ${sim.permanentToken}` },
  });
  const brands = (await res.json()) as { id: string }[];
  return brands[0].id;
}

/**
 * A local source of `size` bytes, generated on the fly from one reused 1 MiB block, so the source
 * itself adds nothing to memory; it sends a Content-Length unless `length` is false.
 */
export async function byteSource(
  size: number,
  options: { length?: boolean; name?: string } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const block = Buffer.alloc(MiB, 0x5a);
  const server: Server = createServer((_, res) => {
    res.writeHead(200, {
      ...(options.length === false ? {} : { "content-length": String(size) }),
      "content-type": "application/octet-stream",
    });
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(block.length, size - sent);
        sent += n;
        if (!res.write(n === block.length ? block : block.subarray(0, n)))
          return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${options.name ?? "source.bin"}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * Records the send time (ms) of every request this process makes to `origin` outside `except`
 * (Node's own http channel), so a bench can count Bynder API calls per rolling second.
 */
export function apiCallLog(except: RegExp) {
  const starts: number[] = [];
  let on = false;
  subscribe("http.client.request.start", (message) => {
    const { request } = message as { request: { path: string } };
    if (on && !except.test(request.path)) starts.push(performance.now());
  });
  return {
    async record<T>(fn: () => Promise<T>): Promise<{ value: T; starts: number[] }> {
      starts.length = 0;
      on = true;
      try {
        return { value: await fn(), starts: [...starts] };
      } finally {
        on = false;
      }
    },
  };
}
