import nock from "nock";
import { fetchSource, openUrlSource } from "../../../src/core/transfer/source";
import { failure, loggedClient } from "../../helpers/client";

// nock answers before any socket opens; the hooks make sure no name is ever really resolved.
const network = {
  resolve: async () => [{ address: "93.184.215.14", family: 4 }],
  connect: () => {
    throw new Error("no real connection in this test");
  },
};
const options = { allowPrivate: false, vendorName: "Acme DAM", network };

describe("a source URL's errors name the vendor they were meant for", () => {
  it("says an empty source cannot be stored by that vendor, and that nothing was sent to it", async () => {
    nock("https://files.example.test").get("/empty.pdf").reply(200, "", { "Content-Length": "0" });
    const { client } = loggedClient();
    const opened = openUrlSource(client, "https://files.example.test/empty.pdf", {
      ...options,
      chunkSize: 1024,
      capBytes: 10_000,
      capMb: 1,
      needCount: true,
      concurrency: 1,
    });
    expect((await failure(opened)).message).toBe(
      "The source file is empty (0 bytes): Acme DAM cannot store an empty file. Nothing was sent to Acme DAM.",
    );
  });

  it("says a failing source URL is the source's fault, not the vendor's", async () => {
    nock("https://files.example.test").get("/gone.pdf").reply(410);
    const { client } = loggedClient();
    const error = await failure(
      fetchSource(client, "https://files.example.test/gone.pdf", options),
    );
    expect(error.message).toBe(
      "The source URL https://files.example.test/gone.pdf answered 410 Gone (the file is not there (any more): check the link). Nothing was sent to Acme DAM.",
    );
  });
});
