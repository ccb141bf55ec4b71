import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/**
 * A loopback endpoint that Brandfolder's simulated webhooks POST to. `answer` decides each
 * reply (default 200), so a test can fail deliveries or hand them to a trigger.
 */
export interface Receiver {
  url: string;
  received: Received[];
  answer: (
    r: Received,
  ) => Promise<{ status: number; body?: string }> | { status: number; body?: string };
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const self = {
    url: "",
    received: [] as Received[],
    answer: (() => ({ status: 200 })) as Receiver["answer"],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const r = {
        path: req.url ?? "/",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      self.received.push(r);
      try {
        const { status, body } = await self.answer(r);
        res.writeHead(status).end(body ?? "");
      } catch (error) {
        res.writeHead(599).end((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return self;
}
