import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { ACCESS_TOKEN, CLIENT_SECRET, oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);
const raw = (inputs: Record<string, unknown>) =>
  harness.action("rawRequest", { connection: oauthConnection(), method: "GET", ...inputs });

describe("Raw Request", () => {
  it("never sends the token to another host: the request is refused before it is made", async () => {
    const received: IncomingMessage[] = [];
    const server = createServer((req, res) => {
      received.push(req);
      res.end("stolen");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const evil = nock("https://evil.example.com").get(/.*/).reply(200, "stolen");
    try {
      for (const url of [
        `http://127.0.0.1:${port}/steal`,
        "https://evil.example.com/steal",
        "//evil.example.com/steal",
        "HTTPS://EVIL.example.com/x",
      ]) {
        await expect(raw({ url })).rejects.toThrow(
          /not this connection's Bynder portal \(https:\/\/acme\.bynder\.com\)/,
        );
      }
      expect(received).toHaveLength(0);
      expect(evil.isDone()).toBe(false);
      nock.cleanAll();
    } finally {
      server.close();
    }
  });

  it("accepts an absolute URL on the portal's own origin and keeps its query", async () => {
    const scope = nock(PORTAL, { reqheaders: { authorization: `Bearer ${ACCESS_TOKEN}` } })
      .get("/api/v4/media/")
      .query({ keyword: "spring", limit: "5" })
      .reply(200, [{ id: "A1" }]);
    const result = await raw({
      url: `${PORTAL}/api/v4/media/?keyword=spring`,
      queryParams: [{ key: "limit", value: "5" }],
    });
    expect(result?.data).toEqual([{ id: "A1" }]);
    expect(scope.isDone()).toBe(true);
  });

  it("refuses to let a Header input replace the connection's authorization", async () => {
    await expect(
      raw({ url: "/api/v4/account/", headers: [{ key: "Authorization", value: "Bearer other" }] }),
    ).rejects.toThrow('Input "Header" "Authorization" cannot be set here');
  });

  it.each([
    ["null", "null"],
    ["[]", "[]"],
    ["0", "0"],
    ['{"name": "x"}', '{"name":"x"}'],
  ])("sends Data %s as the JSON body %s, never replaced by {}", async (data, sent) => {
    let seen: { body: string; type?: string } | undefined;
    const scope = nock(PORTAL)
      .put("/api/v4/things/")
      .reply(function (_uri, body) {
        seen = { body: JSON.stringify(body), type: this.req.headers["content-type"] as string };
        return [200, {}];
      });
    await raw({ url: "/api/v4/things/", method: "PUT", data });
    expect(scope.isDone()).toBe(true);
    expect(seen).toEqual({ body: sent, type: "application/json" });
  });

  it("refuses Data together with Form Data", async () => {
    await expect(
      raw({
        url: "/api/upload/",
        method: "POST",
        data: "{}",
        formData: [{ key: "a", value: "b" }],
      }),
    ).rejects.toThrow('Input "Data" cannot be combined with Form Data or File Data');
  });

  it("sends Form Data and File Data as one multipart form with the given file names", async () => {
    let body = "";
    let type = "";
    nock(PORTAL)
      .post("/api/v4/upload/")
      .reply(function (_uri, b) {
        body = String(b);
        type = String(this.req.headers["content-type"]);
        return [201, { ok: true }];
      });
    await raw({
      url: "/api/v4/upload/",
      method: "POST",
      formData: [{ key: "chunk", value: "1" }],
      fileData: [
        { key: "file", value: { data: Buffer.from("hello bytes"), contentType: "text/plain" } },
      ],
      fileDataFileNames: [{ key: "file", value: "hello.txt" }],
    });
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    expect(body).toContain('name="chunk"');
    expect(body).toContain('filename="hello.txt"');
    expect(body).toContain("hello bytes");
  });

  it("returns binary responses as a Buffer with their content type", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    nock(PORTAL).get("/transform/A1/hero").reply(200, png, { "Content-Type": "image/png" });
    const result = await raw({ url: "/transform/A1/hero", responseType: "arraybuffer" });
    expect(Buffer.isBuffer(result?.data)).toBe(true);
    expect(Buffer.from(result?.data as Buffer).equals(png)).toBe(true);
    expect(result?.contentType).toBe("image/png");
  });

  it("retries as configured by Max Retry Count and Retry Delay", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/account/")
      .times(2)
      .reply(503, "busy")
      .get("/api/v4/account/")
      .reply(200, { name: "Acme" });
    const result = await raw({ url: "/api/v4/account/", maxRetries: "2", retryDelayMS: "5" });
    expect(result?.data).toEqual({ name: "Acme" });
    expect(scope.isDone()).toBe(true);
  });

  it("does not retry by default (Max Retry Count 0)", async () => {
    nock(PORTAL).get("/api/v4/account/").reply(503, { message: "busy", statuscode: 503 });
    await expect(raw({ url: "/api/v4/account/" })).rejects.toThrow("failed with HTTP 503: busy");
  });
});

describe("Raw Request with debug logging on", () => {
  it("logs the request without the token, the client secret or the refresh token", async () => {
    const lines: string[] = [];
    const log = (...args: unknown[]) =>
      lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    const logger = { metric: log, trace: log, debug: log, info: log, log, warn: log, error: log };
    nock(PORTAL)
      .get("/api/v4/account/")
      .query({ token: ACCESS_TOKEN })
      .reply(500, { message: `echo ${ACCESS_TOKEN}` });
    const connection = oauthConnection();
    const error = await harness
      .action(
        "rawRequest",
        {
          connection,
          method: "GET",
          url: "/api/v4/account/",
          queryParams: [{ key: "token", value: ACCESS_TOKEN }],
        },
        // Spectral turns debug on for a step from the platform's globalDebug flag.
        { logger, globalDebug: true } as never,
      )
      .catch((e: Error) => e);
    expect(lines.some((l) => l.includes("/api/v4/account/"))).toBe(true);
    const everything = [...lines, String((error as Error).message), JSON.stringify(error)].join(
      "\n",
    );
    for (const secret of [ACCESS_TOKEN, CLIENT_SECRET, "refresh-secret-123"])
      expect(everything).not.toContain(secret);
  });
});
