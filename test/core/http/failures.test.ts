import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Readable } from "node:stream";
import FormData from "form-data";
import nock from "nock";
import type { Simulator } from "../../../simulator/bynder";
import { type ClientOptions } from "../../../src/core/http/client";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { failure } from "../../helpers/client";
import { oauthConnection, PORTAL, permanentConnection } from "../../helpers/connections";
import { requestsTo, simulatorWithConnection } from "../../helpers/simulator";
import { installFakeClock } from "./fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock();
});
afterEach(() => fake.restore());

const client = (extra: ClientOptions = {}) => createBynderClient(oauthConnection(), extra);
const WRITE_NOTE = "The request may have been applied; check in Bynder before retrying.";

describe("cut-off responses (simulator fault `truncated`)", () => {
  let sim: Simulator;
  let connection: Awaited<ReturnType<typeof simulatorWithConnection>>["connection"];
  beforeAll(async () => {
    ({ sim, connection } = await simulatorWithConnection());
  });
  afterAll(() => sim.close());

  it("retries a GET whose body was cut off, and gets the whole answer", async () => {
    sim.faults.add({ method: "GET", path: "/api/v4/account/", fault: "truncated" });
    const res = await createBynderClient(connection).request<{ name?: string }>({
      method: "GET",
      path: "/api/v4/account/",
    });
    expect(res.data.name).toBeTruthy();
    expect(requestsTo(sim, "GET", "/api/v4/account/")).toHaveLength(2);
  });

  it("does not resend a cut-off POST and says the write may have been applied", async () => {
    sim.faults.add({ method: "POST", path: "/api/v4/collections/", fault: "truncated" });
    const before = requestsTo(sim, "POST", "/api/v4/collections/").length;
    const err = await failure(
      createBynderClient(connection).request({
        method: "POST",
        path: "/api/v4/collections/",
        body: { encoding: "form", fields: { name: "Spring" } },
      }),
    );
    expect(err.message).toBe(
      `Bynder POST ${sim.url}/api/v4/collections/ failed: the response was cut off before it was complete (ERR_BAD_RESPONSE). ${WRITE_NOTE}`,
    );
    expect(requestsTo(sim, "POST", "/api/v4/collections/")).toHaveLength(before + 1);
  });
});

describe("timeouts and requests that never left", () => {
  it("says a timed-out write may have been applied, with advice any action can follow", async () => {
    nock(PORTAL).post("/api/v4/collections/").delay(300).reply(201, {});
    const err = await failure(
      client({ timeoutMs: 50 }).request({
        method: "POST",
        path: "/api/v4/collections/",
        body: { encoding: "form", fields: { name: "n" } },
      }),
    );
    expect(err.message).toBe(
      `Bynder POST ${PORTAL}/api/v4/collections/ got no answer within 50 ms. ${WRITE_NOTE} Bynder may be slow or busy; try again in a few minutes.`,
    );
    expect(err.message).not.toContain("Timeout input");
  });

  it("gives the caller's own timeout advice when it has some (Raw Request)", async () => {
    nock(PORTAL).get("/api/v4/account/").delay(300).reply(200, {});
    const err = await failure(
      client({
        timeoutMs: 50,
        retry: { maxRetries: 0 },
        timeoutAdvice: "Raise the Timeout input.",
      }).request({ method: "GET", path: "/api/v4/account/" }),
    );
    expect(err.message).toMatch(/within 50 ms\. Raise the Timeout input\.$/);
  });

  it("resends a POST whose connection was refused, since it never reached Bynder", async () => {
    const scope = nock(PORTAL)
      .post("/api/v4/collections/")
      .replyWithError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))
      .post("/api/v4/collections/", "name=n")
      .reply(201, { id: "c1" });
    await expect(
      client().request({
        method: "POST",
        path: "/api/v4/collections/",
        body: { encoding: "form", fields: { name: "n" } },
      }),
    ).resolves.toMatchObject({ status: 201 });
    expect(scope.isDone()).toBe(true);
  });

  it("does not resend a POST whose connection was reset, and says it may have been applied", async () => {
    const scope = nock(PORTAL)
      .post("/api/v4/collections/")
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    const err = await failure(
      client().request({
        method: "POST",
        path: "/api/v4/collections/",
        body: { encoding: "form", fields: { name: "n" } },
      }),
    );
    expect(err.message).toContain(`(ECONNRESET). ${WRITE_NOTE}`);
    expect(scope.isDone()).toBe(true);
  });

  it("explains a DNS failure as a request that was not sent", async () => {
    nock(PORTAL)
      .get("/api/v4/account/")
      .times(2)
      .replyWithError(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }));
    const err = await failure(
      client({ retry: { maxRetries: 1 } }).request({ method: "GET", path: "/api/v4/account/" }),
    );
    expect(err.message).toBe(
      `Bynder GET ${PORTAL}/api/v4/account/ could not reach Bynder (ENOTFOUND): the request was not sent. Check the portal address in the connection and that the portal is up. Tried 2 times.`,
    );
  });
});

/** A loopback portal whose handler sees each attempt in turn, counting sockets opened and closed. */
async function loopback(handle: (n: number, req: IncomingMessage, res: ServerResponse) => void) {
  let n = 0;
  const sockets = { opened: 0, closed: 0 };
  const server: Server = createServer((req, res) => handle(n++, req, res));
  server.on("connection", (s: Socket) => {
    sockets.opened += 1;
    s.on("close", () => (sockets.closed += 1));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return { url, sockets, close, attempts: () => n };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

async function until(check: () => boolean, ms = 500) {
  for (const end = Date.now() + ms; !check() && Date.now() < end;) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("streams across retries", () => {
  it("closes each streamed error body before retrying, so no socket stays open", async () => {
    // The error bodies never end: only the client closing them frees their sockets.
    const closed: number[] = [];
    const server = await loopback((n, _req, res) => {
      if (n >= 3) {
        res.end("done");
        return;
      }
      res.on("close", () => closed.push(n));
      res.writeHead(503, { "Content-Type": "text/plain" });
      res.write("x".repeat(64 * 1024));
    });
    try {
      const c = createBynderClient(permanentConnection(server.url));
      const res = await c.request<Readable>({
        method: "GET",
        path: "/api/v4/media/A/download/",
        responseType: "stream",
      });
      const body = await readAll(res.data as unknown as IncomingMessage);
      expect(body.toString()).toBe("done");
      expect(server.attempts()).toBe(4);
      await until(() => closed.length >= 3);
      expect(closed.sort()).toEqual([0, 1, 2]);
    } finally {
      await server.close();
    }
  });

  it("rebuilds a raw stream body for the retry, so the second attempt sends all of it", async () => {
    const bodies: string[] = [];
    const server = await loopback(async (n, req, res) => {
      bodies.push((await readAll(req)).toString());
      res.writeHead(n === 0 ? 503 : 200, { "Content-Type": "application/json" });
      res.end("{}");
    });
    try {
      const c = createBynderClient(permanentConnection(server.url), { timeoutMs: 2000 });
      const content = "chunk-".repeat(20_000);
      await c.request({
        method: "PUT",
        path: "/api/v4/upload/part/",
        body: {
          encoding: "raw",
          contentType: "application/octet-stream",
          data: () => Readable.from([Buffer.from(content)]),
        },
      });
      expect(bodies).toEqual([content, content]);
    } finally {
      await server.close();
    }
  });

  it("rebuilds a multipart body after a 429, so the second attempt carries the whole file", async () => {
    const bodies: string[] = [];
    const server = await loopback(async (n, req, res) => {
      bodies.push((await readAll(req)).toString());
      res.writeHead(n === 0 ? 429 : 200, {
        "Content-Type": "application/json",
        "Retry-After": "1",
      });
      res.end("{}");
    });
    try {
      const c = createBynderClient(permanentConnection(server.url), { timeoutMs: 2000 });
      const file = "pixel".repeat(40_000);
      await c.request({
        method: "POST",
        path: "/api/upload/",
        body: {
          encoding: "multipart",
          build: () => {
            const form = new FormData();
            form.append("name", "hero.jpg");
            form.append("file", Readable.from([Buffer.from(file)]), { filename: "hero.jpg" });
            return form;
          },
        },
      });
      expect(bodies).toHaveLength(2);
      for (const body of bodies) expect(body).toContain(file);
      expect(fake.sleeps).toContain(1000);
    } finally {
      await server.close();
    }
  });
});
