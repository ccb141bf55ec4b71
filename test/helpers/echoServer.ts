import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Echoed {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

export interface EchoServer {
  url: string;
  /** What the next requests get; set by each test. */
  reply: (req: Echoed) => { status: number; headers: Record<string, string>; body: string };
  requests: Echoed[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** A loopback server that answers whatever the current test's `reply` says, and records requests. */
export async function startEchoServer(): Promise<EchoServer> {
  const echo: EchoServer = {
    url: "",
    reply: () => ({ status: 500, headers: {}, body: "no reply set" }),
    requests: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer(async (req, res) => {
    const seen: Echoed = {
      method: req.method ?? "",
      url: req.url ?? "",
      authorization: req.headers.authorization,
      body: await readBody(req),
    };
    echo.requests.push(seen);
    const { status, headers, body } = echo.reply(seen);
    res.writeHead(status, { ...headers, connection: "close" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  echo.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return echo;
}
