import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { isIP } from "node:net";
import { join } from "node:path";
import type { NetworkHooks, ResolvedAddress } from "../../../src/core/transfer/addressGuard";

const TLS_DIR = join(__dirname, "..", "..", "fixtures", "tls");
/** A self-signed certificate for files.example.test, trusted only through the hooks' `ca`. */
export const TEST_CA = readFileSync(join(TLS_DIR, "files.example.test.crt"), "utf8");
const TEST_KEY = readFileSync(join(TLS_DIR, "files.example.test.key"), "utf8");

export interface Seen {
  scheme: "http" | "https";
  host: string;
  path: string;
  headers: IncomingHttpHeaders;
}

type Route = (
  path: string,
  host: string,
) => { status: number; headers?: Record<string, string>; body?: string };

/**
 * One http and one https server on 127.0.0.1 that answer every name: the tests' DNS and connect
 * hooks send every hop here, so even a broken guard never opens a socket off the machine.
 */
export async function startSourceServers(route: Route) {
  const seen: Seen[] = [];
  const handler = (scheme: Seen["scheme"]) =>
    ((req, res) => {
      const host = String(req.headers.host ?? "").replace(/:\d+$/, "");
      seen.push({ scheme, host, path: req.url ?? "", headers: req.headers });
      const answer = route(req.url ?? "", host);
      res.writeHead(answer.status, { connection: "close", ...answer.headers });
      res.end(answer.body ?? "");
    }) as Parameters<typeof createHttpServer>[1];
  const http = createHttpServer(handler("http"));
  const https = createHttpsServer({ cert: TEST_CA, key: TEST_KEY }, handler("https"));
  const listen = (s: Server) =>
    new Promise<number>((r) =>
      s.listen(0, "127.0.0.1", () => r((s.address() as AddressInfo).port)),
    );
  const ports = { http: await listen(http), https: await listen(https) };
  return {
    seen,
    ports,
    close: async () => {
      await new Promise((r) => http.close(r));
      await new Promise((r) => https.close(r));
    },
  };
}

/**
 * DNS answers from `names` (IP literals are not looked up), and a connect hook that records the
 * checked address but always dials loopback: port 443 to the https server, anything else to http.
 */
export function fakeNetwork(
  names: Record<string, string | string[]>,
  ports: { http: number; https: number },
) {
  const resolved: string[] = [];
  const dialled: string[] = [];
  const hooks: NetworkHooks = {
    resolve: async (host): Promise<ResolvedAddress[]> => {
      resolved.push(host);
      const found = names[host];
      if (!found)
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return [found].flat().map((address) => ({ address, family: isIP(address) }));
    },
    connect: (target) => {
      dialled.push(`${target.address}:${target.port}`);
      return { address: "127.0.0.1", port: target.port === 443 ? ports.https : ports.http };
    },
    ca: TEST_CA,
  };
  return { hooks, resolved, dialled };
}
