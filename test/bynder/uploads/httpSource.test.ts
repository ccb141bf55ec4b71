import nock from "nock";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { httpsUrl } from "../../../src/bynder/inputs/uploads";
import { oauthConnection } from "../../helpers/connections";

describe("a file source over plain http", () => {
  it("is fetched without the token when the caller allows http", async () => {
    const scope = nock("http://files.example.com", { badheaders: ["authorization"] })
      .get("/exports/a.bin")
      .reply(200, "bytes");
    const client = createBynderClient(oauthConnection());
    const res = await client.requestUnauthenticated("http://files.example.com/exports/a.bin", {
      method: "GET",
      responseType: "text",
      allowHttp: true,
    });
    expect(res.data).toBe("bytes");
    expect(scope.isDone()).toBe(true);
  });

  it("is refused for pre-signed Bynder URLs, which must be https", async () => {
    const client = createBynderClient(oauthConnection());
    await expect(
      client.requestUnauthenticated("http://bucket.example.com/", { method: "POST" }),
    ).rejects.toThrow(/only https URLs are allowed/);
  });

  it("passes the Source URL input but not the S3 Upload URL input", () => {
    expect(httpsUrl("Source URL", "http://files.example.com/a.bin", true)).toBe(
      "http://files.example.com/a.bin",
    );
    expect(() => httpsUrl("Upload URL", "http://bucket.example.com/")).toThrow(
      /Input "Upload URL" must be an https:\/\/ URL/,
    );
    expect(() => httpsUrl("Source URL", "ftp://files.example.com/a.bin", true)).toThrow(
      /must be an http:\/\/ or https:\/\/ URL/,
    );
  });
});
