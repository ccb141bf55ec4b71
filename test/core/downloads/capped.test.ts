import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { fetchCapped } from "../../../src/core/downloads/capped";
import { failure, loggedClient } from "../../helpers/client";

const VENDOR = { vendorName: "Acme DAM", locationAction: "Get File Location" };

describe("a capped download of a vendor's temporary URL", () => {
  it("refuses a declared length above the cap before reading, naming the vendor's location action", async () => {
    nock("https://cdn.example.test")
      .get("/f.bin")
      .query(true)
      .reply(200, "x", { "Content-Length": "3000000" });
    const { client } = loggedClient();
    const error = await failure(
      fetchCapped(client, "https://cdn.example.test/f.bin?sig=1", { capMb: 2, ...VENDOR }),
    );
    expect(error.message).toBe(
      "The file is larger than Max Size (2 MB; it is 3 MB): a step result cannot hold it. Use Get File Location to get its temporary location and let the next system fetch it, or raise Max Size (at most 120 MB).",
    );
  });

  it("follows redirects only when the vendor allows some, without the token on any hop", async () => {
    const hops: (string | undefined)[] = [];
    const scope = nock("https://cdn.example.test")
      .get("/moved")
      .times(2)
      .reply(function () {
        hops.push(this.req.headers.authorization as string | undefined);
        return [302, "", { location: "/f.bin?sig=2" }];
      })
      .get("/f.bin")
      .query({ sig: "2" })
      .reply(200, "ok", { "content-type": "text/plain" });
    const { client } = loggedClient();
    await expect(
      fetchCapped(client, "https://cdn.example.test/moved", { capMb: 1, ...VENDOR }),
    ).rejects.toThrow(/redirect/i);
    const file = await fetchCapped(client, "https://cdn.example.test/moved", {
      capMb: 1,
      ...VENDOR,
      maxRedirects: 1,
    });
    expect(file).toMatchObject({ contentType: "text/plain", fileName: "f.bin" });
    expect(file.data.toString()).toBe("ok");
    expect(hops).toEqual([undefined, undefined]);
    expect(scope.isDone()).toBe(true);
  });

  describe("over loopback", () => {
    let server: Server;
    let fetches = 0;
    beforeAll(async () => {
      // Declares 100 bytes, sends 10, then drops the connection.
      server = createServer((_, res) => {
        fetches += 1;
        res.writeHead(200, { "Content-Length": "100", "Content-Type": "application/pdf" });
        res.write(Buffer.alloc(10, 1), () => res.socket?.destroy());
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });
    afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

    it("fetches a cut-off body again up to Max Retries, then says whose temporary URL it was", async () => {
      const { port } = server.address() as AddressInfo;
      const { client } = loggedClient();
      const error = await failure(
        fetchCapped(client, `http://127.0.0.1:${port}/f.pdf?sig=secret`, { capMb: 1, ...VENDOR }),
      );
      expect(error.message).toMatch(
        new RegExp(
          `^Downloading from Acme DAM's temporary URL http://127\\.0\\.0\\.1:${port}/f\\.pdf failed: the response was cut off before it was complete \\(.+\\)\\. Tried 4 times; try again in a few minutes\\.$`,
        ),
      );
      expect(fetches).toBe(4);
    });
  });
});
