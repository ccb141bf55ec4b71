import type { createHarness } from "@prismatic-io/spectral/dist/testing";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/**
 * A loopback endpoint that Brandfolder's simulated webhooks POST to. `answer` decides each
 * reply (default 200), so a test can fail deliveries or hand them to a trigger (runTrigger).
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

type Harness = Pick<ReturnType<typeof createHarness>, "trigger">;

/** What a webhook trigger made of one request: its branch, its answer and the flow's payload. */
export interface TriggerAnswer {
  branch: string;
  status: number;
  body: string;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The query the flow's later steps see. */
  query: unknown;
  instanceState?: Record<string, unknown>;
}

/**
 * Runs trigger `key` on a received request as the platform would (headers, query, raw and parsed
 * body); `base` resolves the request's path. The tests' trigger flow and `npm start` share it.
 */
export async function runTrigger(
  harness: Harness,
  key: string,
  r: Received,
  base: string,
  params: Record<string, unknown>,
  context: Record<string, unknown>,
): Promise<TriggerAnswer> {
  const url = new URL(r.path, base);
  const result = (await harness.trigger(
    key,
    {
      headers: r.headers as Record<string, string>,
      queryParameters: Object.fromEntries(url.searchParams),
      rawBody: { data: Buffer.from(r.body), contentType: r.headers["content-type"] },
      body: { data: r.body, contentType: r.headers["content-type"] },
    },
    params,
    context as never,
  )) as {
    branch: string;
    payload: { body: { data: Record<string, unknown> }; queryParameters?: unknown };
    response: { statusCode: number; body: string };
    instanceState?: Record<string, unknown>;
  };
  return {
    branch: result.branch,
    status: result.response.statusCode,
    body: result.response.body,
    data: result.payload.body.data,
    query: result.payload.queryParameters,
    instanceState: result.instanceState,
  };
}
