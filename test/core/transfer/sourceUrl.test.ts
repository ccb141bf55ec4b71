import nock from "nock";
import {
  fetchSource,
  MAX_SOURCE_REDIRECTS,
  openUrlSource,
} from "../../../src/core/transfer/source";
import { failure, loggedClient } from "../../helpers/client";
import { ACCESS_TOKEN, PORTAL } from "../../helpers/connections";
import { fakeNetwork, type Seen, startSourceServers } from "./sourceNetwork";

// Every hop is dialled on 127.0.0.1 by the connect hook; nock would refuse the made-up names.
const PUBLIC = "93.184.215.14";
const NAMES: Record<string, string | string[]> = {
  "files.example.test": PUBLIC,
  "cdn.example.test": "93.184.215.15",
  "inside.example.test": "10.0.0.7",
  "mixed.example.test": [PUBLIC, "192.168.1.20"],
  "acme.bynder.com": "93.184.215.16",
};

// Inside one describe, so nock is re-activated before test/setup.ts restores it after the file.
describe("fetching a source URL over loopback", () => {
  let servers: Awaited<ReturnType<typeof startSourceServers>>;
  const routes = new Map<
    string,
    () => { status: number; headers?: Record<string, string>; body?: string }
  >();

  beforeAll(async () => {
    nock.restore();
    servers = await startSourceServers((path, host) => {
      const bare = path.replace(/\?.*$/, "");
      const route = routes.get(`${host}${bare}`) ?? routes.get(bare);
      const loop = /^\/loop\/(\d+)$/.exec(bare);
      if (!route && loop)
        return { status: 302, headers: { location: `/loop/${Number(loop[1]) + 1}` } };
      return route
        ? route()
        : { status: 200, headers: { "content-type": "application/pdf" }, body: "%PDF-1.7 bytes" };
    });
  });
  afterAll(async () => {
    nock.activate();
    await servers.close();
  });
  beforeEach(() => {
    servers.seen.length = 0;
    routes.clear();
  });

  const fetchVia = (url: string, allowPrivate = false, expectHtml = false) => {
    const net = fakeNetwork(NAMES, servers.ports);
    const { client } = loggedClient();
    const options = { allowPrivate, expectHtml, network: net.hooks, vendorName: "Bynder" };
    const result = fetchSource(client, url, options);
    return { net, result };
  };
  const text = async (p: Promise<{ data: NodeJS.ReadableStream }>) => {
    const chunks: Buffer[] = [];
    for await (const c of (await p).data) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks).toString();
  };
  const paths = (seen: Seen[]) => seen.map((s) => `${s.scheme}://${s.host}${s.path}`);

  describe("the address guard on a source URL", () => {
    it("refuses a name that resolves to a private address, without connecting", async () => {
      const { net, result } = fetchVia("http://inside.example.test/report.pdf");
      const error = await failure(result);
      expect(error.message).toBe(
        "The source URL http://inside.example.test/report.pdf was refused: inside.example.test (10.0.0.7) is a private address, which a URL from outside must not reach. If the file really is on your own network (an on-premise server), turn on Allow Private Addresses. Nothing was sent to Bynder.",
      );
      expect(net.resolved).toEqual(["inside.example.test"]);
      expect(net.dialled).toEqual([]);
      expect(servers.seen).toEqual([]);
    });

    it("refuses a name when any of its addresses is private", async () => {
      const { net, result } = fetchVia("http://mixed.example.test/a.pdf");
      expect((await failure(result)).message).toContain("(192.168.1.20) is a private address");
      expect(net.dialled).toEqual([]);
    });

    it.each([
      ["http://169.254.169.254/latest/meta-data/", "link-local (cloud metadata)"],
      ["http://127.0.0.1:8080/", "loopback"],
      ["http://0.0.0.0/", '"this network"'],
      ["http://100.64.0.1/", "carrier-grade NAT"],
      ["http://172.31.255.1/", "private"],
      ["http://224.0.0.1/", "multicast"],
      ["http://[::1]/", "unspecified, loopback or IPv4-compatible"],
      ["http://[::ffff:10.1.2.3]/", "private"],
      ["http://[::ffff:a9fe:a9fe]/", "link-local (cloud metadata)"],
      ["http://[fd12:3456::1]/", "unique local (private)"],
      ["http://[fe80::1]/", "link-local"],
    ])("refuses the literal address in %s (%s) without looking it up", async (url, category) => {
      const { net, result } = fetchVia(url);
      expect((await failure(result)).message).toContain(`is a ${category} address`);
      expect(net.resolved).toEqual([]);
      expect(net.dialled).toEqual([]);
      expect(servers.seen).toEqual([]);
    });

    it("checks every redirect hop: a public link redirecting to the metadata address is refused", async () => {
      routes.set("/share", () => ({
        status: 302,
        headers: { location: "http://169.254.169.254/latest/meta-data/iam" },
      }));
      const { net, result } = fetchVia("http://files.example.test/share?sig=abc");
      const error = await failure(result);
      expect(error.message).toMatch(
        /^The source URL http:\/\/169\.254\.169\.254\/latest\/meta-data\/iam was refused: 169\.254\.169\.254 is a link-local/,
      );
      expect(net.dialled).toEqual([`${PUBLIC}:80`]);
      expect(paths(servers.seen)).toEqual(["http://files.example.test/share?sig=abc"]);
    });

    it("connects to the address it checked, and reaches private addresses when allowed", async () => {
      const { net, result } = fetchVia("http://inside.example.test:8080/a.pdf", true);
      expect(await text(result)).toBe("%PDF-1.7 bytes");
      expect(net.resolved).toEqual(["inside.example.test"]);
      expect(net.dialled).toEqual(["10.0.0.7:8080"]);
    });
    it("ignores an HTTP_PROXY, which would hide the real host from the guard", async () => {
      const saved = process.env.HTTP_PROXY;
      process.env.HTTP_PROXY = "http://files.example.test:3128";
      try {
        const { net, result } = fetchVia("http://inside.example.test/a.pdf");
        expect((await failure(result)).message).toContain("(10.0.0.7) is a private address");
        expect(net.dialled).toEqual([]);
        expect(servers.seen).toEqual([]);
      } finally {
        if (saved === undefined) delete process.env.HTTP_PROXY;
        else process.env.HTTP_PROXY = saved;
      }
    });
  });

  describe("redirects of a source URL", () => {
    it("follows a relative Location on the same host", async () => {
      routes.set("/s/abc", () => ({ status: 301, headers: { location: "../files/Q3.pdf" } }));
      const { result } = fetchVia("http://files.example.test/s/abc");
      expect(await text(result)).toBe("%PDF-1.7 bytes");
      expect(paths(servers.seen)).toEqual([
        "http://files.example.test/s/abc",
        "http://files.example.test/files/Q3.pdf",
      ]);
    });

    it("follows http to https and on to another host, sending no credentials to any hop", async () => {
      routes.set("/a", () => ({
        status: 301,
        headers: { location: "https://files.example.test/b" },
      }));
      routes.set("files.example.test/b", () => ({
        status: 307,
        headers: { location: "https://cdn.example.test/c", "set-cookie": "session=1" },
      }));
      routes.set("cdn.example.test/c", () => ({
        status: 302,
        headers: { location: `${PORTAL}/d` },
      }));
      const { net, result } = fetchVia("http://files.example.test/a");
      expect(await text(result)).toBe("%PDF-1.7 bytes");
      expect(paths(servers.seen)).toEqual([
        "http://files.example.test/a",
        "https://files.example.test/b",
        "https://cdn.example.test/c",
        "https://acme.bynder.com/d",
      ]);
      expect(net.dialled).toEqual([
        `${PUBLIC}:80`,
        `${PUBLIC}:443`,
        "93.184.215.15:443",
        "93.184.215.16:443",
      ]);
      // Not even a redirect to the portal itself gets the token.
      for (const { headers } of servers.seen) {
        expect(headers.authorization).toBeUndefined();
        expect(headers.cookie).toBeUndefined();
        expect(JSON.stringify(headers)).not.toContain(ACCESS_TOKEN);
      }
    });

    it("checks an https hop's certificate against the URL's host, not the address dialled", async () => {
      NAMES["other.example.test"] = PUBLIC;
      const error = await failure(fetchVia("https://other.example.test/f.pdf").result);
      expect(error.message).toContain("could not be read (ERR_TLS_CERT_ALTNAME_INVALID");
    });

    it(`follows ${MAX_SOURCE_REDIRECTS} redirects and refuses the next one`, async () => {
      routes.set("/loop/5", () => ({ status: 200, body: "done" }));
      expect(await text(fetchVia("http://files.example.test/loop/0").result)).toBe("done");
      routes.clear();
      servers.seen.length = 0;
      const error = await failure(fetchVia("http://files.example.test/loop/0?sig=s3cr3t").result);
      expect(error.message).toBe(
        "The source URL http://files.example.test/loop/0?… redirected more than 5 times (last to http://files.example.test/loop/5): use the file's final address. Nothing was sent to Bynder.",
      );
      expect(servers.seen).toHaveLength(MAX_SOURCE_REDIRECTS + 1);
    });

    it("refuses a redirect to another scheme", async () => {
      routes.set("/x", () => ({ status: 302, headers: { location: "file:///etc/passwd" } }));
      const error = await failure(fetchVia("http://files.example.test/x").result);
      expect(error.message).toContain("redirected to a file:// address: only http and https");
    });
  });

  describe("errors of a source URL blame the source", () => {
    it.each([
      [
        401,
        "401 Unauthorized (the link expired, or the file is private: use a link that opens without signing in)",
      ],
      [
        403,
        "403 Forbidden (the link expired, or the file is private: use a link that opens without signing in)",
      ],
      [404, "404 Not Found (the file is not there (any more): check the link)"],
    ])(
      "a %s names the source, hides the query and gives no Bynder advice",
      async (status, said) => {
        routes.set("/f.pdf", () => ({ status, body: '{"message":"signature expired"}' }));
        const error = await failure(
          fetchVia("http://files.example.test/f.pdf?X-Amz-Signature=abc").result,
        );
        expect(error.message).toBe(
          `The source URL http://files.example.test/f.pdf?… answered ${said}. Nothing was sent to Bynder.`,
        );
        expect(error.constructor.name).toBe("SourceUrlError");
        expect(error.message).not.toMatch(/X-Amz|abc|scope|role|reconnect|Bynder GET/i);
        expect(servers.seen).toHaveLength(1);
      },
    );

    it("retries a 503 as any GET, then says the source failed", async () => {
      routes.set("/f.pdf", () => ({ status: 503 }));
      const error = await failure(fetchVia("http://files.example.test/f.pdf").result);
      expect(error.message).toBe(
        "The source URL http://files.example.test/f.pdf answered 503 Service Unavailable (the source server failed: try again later) (tried 4 times). Nothing was sent to Bynder.",
      );
      expect(servers.seen).toHaveLength(4);
    });

    it("says when the source's name does not resolve", async () => {
      const error = await failure(fetchVia("http://nowhere.example.test/f.pdf").result);
      expect(error.message).toMatch(
        /^The source URL http:\/\/nowhere\.example\.test\/f\.pdf could not be read \(ENOTFOUND, unsent\)/,
      );
    });

    it.each(["text/html; charset=utf-8", "application/xhtml+xml"])(
      "refuses a 200 %s page where a file was expected",
      async (type) => {
        routes.set("/Q3.pdf", () => ({
          status: 200,
          headers: { "content-type": type },
          body: "<html>Sign in</html>",
        }));
        const error = await failure(fetchVia("http://files.example.test/Q3.pdf?token=t").result);
        expect(error.message).toBe(
          `The source URL http://files.example.test/Q3.pdf?… answered a web page (${type.split(";")[0]}) instead of a file: it is probably a sign-in or share page. Use a direct download link (or give a File Name ending in .html to upload a web page). Nothing was sent to Bynder.`,
        );
      },
    );

    it("accepts a web page when a web page is the file asked for", async () => {
      routes.set("/page", () => ({
        status: 200,
        headers: { "content-type": "text/html" },
        body: "<p>hi</p>",
      }));
      expect(await text(fetchVia("http://files.example.test/page", false, true).result)).toBe(
        "<p>hi</p>",
      );
    });
  });

  describe("an empty source", () => {
    it.each([
      ["with Content-Length 0", { "content-length": "0" }],
      ["without a Content-Length (chunked)", {}],
    ])("fails as empty %s when streamed (v7)", async (_, headers) => {
      routes.set("/empty", () => ({ status: 200, headers, body: "" }));
      const net = fakeNetwork(NAMES, servers.ports);
      const { client } = loggedClient();
      const opened = openUrlSource(client, "http://files.example.test/empty", {
        chunkSize: 1024,
        capBytes: 10_000,
        capMb: 1,
        needCount: false,
        concurrency: 2,
        allowPrivate: false,
        network: net.hooks,
        vendorName: "Bynder",
      });
      expect((await failure(opened)).message).toBe(
        "The source file is empty (0 bytes): Bynder cannot store an empty file. Nothing was sent to Bynder.",
      );
    });
  });
});
