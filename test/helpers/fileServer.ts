import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";

/**
 * Loopback only: nock's pass-through socket breaks custom agents (the address guard) and long
 * streamed bodies, so it is switched off for the file (test/setup.ts restores it afterwards).
 */
export const withoutNock = () => beforeAll(() => nock.restore());

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
