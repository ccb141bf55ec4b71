import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { dispositionFileName } from "../../../src/core/downloads/capped";
import { ATTACHMENT_ID, attachmentExample } from "../../../src/brandfolder/examplePayloads/people";

/** Download Attachment's hops with nock: redirects, what each hop carries, the cap on the CDN's answer. */
const harness = createHarness(component);
const HOST = "https://brandfolder.com";
const KEY = "bf-download-key-9a8b7c6d";
const CDN = "https://cdn.example.com";
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: KEY } };

interface Downloaded {
  data: Buffer;
  contentType: string;
  headers: Record<string, string>;
}

/** The attachment as Brandfolder answers it, pointing at `url` (and, optionally, without a size). */
function attachmentAt(url: string, size: number | undefined = 11) {
  nock(HOST, { reqheaders: { authorization: `Bearer ${KEY}` } })
    .get(`/api/v4/attachments/${ATTACHMENT_ID}`)
    .reply(200, {
      data: { ...attachmentExample, attributes: { ...attachmentExample.attributes, url, size } },
    });
}

const download = (maxSizeMb?: string) =>
  harness.action("downloadAttachment", {
    connection,
    attachmentId: ATTACHMENT_ID,
    ...(maxSizeMb ? { maxSizeMb } : {}),
  }) as Promise<Downloaded>;

/** Records what a hop received: its Authorization header and query. */
function hop(seen: { authorization?: string; query: string }[]) {
  return function (this: nock.ReplyFnContext, uri: string) {
    seen.push({
      authorization: this.req.headers.authorization as string | undefined,
      query: new URL(uri, CDN).search,
    });
  };
}

describe("Download Attachment over redirects", () => {
  it("follows the CDN's redirect to signed storage, sending the API key to neither hop", async () => {
    attachmentAt(`${CDN}/a/spring_logo.png?expiry=1`);
    const seen: { authorization?: string; query: string }[] = [];
    const record = hop(seen);
    nock(CDN)
      .get("/a/spring_logo.png")
      .query({ expiry: "1" })
      .reply(function (uri) {
        record.call(this, uri);
        return [302, "", { location: "https://storage.example.net/b/obj?sig=abc" }];
      });
    nock("https://storage.example.net")
      .get("/b/obj")
      .query({ sig: "abc" })
      .reply(function (uri) {
        record.call(this, uri);
        return [200, Buffer.from("hello bytes"), { "content-type": "application/octet-stream" }];
      });
    const result = await download();
    expect(result.data.toString()).toBe("hello bytes");
    // Brandfolder's own mimetype and file name win over the storage's generic ones.
    expect(result.contentType).toBe("image/png");
    expect(dispositionFileName(result.headers["Content-Disposition"])).toBe("spring_logo.png");
    expect(seen).toEqual([
      { authorization: undefined, query: "?expiry=1" },
      { authorization: undefined, query: "?sig=abc" },
    ]);
    expect(JSON.stringify(seen)).not.toContain(KEY);
  });

  it("refuses a redirect to plain http on another host", async () => {
    attachmentAt(`${CDN}/a/x.png`);
    nock(CDN).get("/a/x.png").reply(302, "", { location: "http://storage.example.net/x.png" });
    await expect(download()).rejects.toThrow(
      "Refusing to call http://storage.example.net: only https URLs are allowed.",
    );
  });

  it("gives up after five redirects", async () => {
    attachmentAt(`${CDN}/r/0`);
    for (let i = 0; i < 6; i++)
      nock(CDN)
        .get(`/r/${i}`)
        .reply(302, "", { location: `/r/${i + 1}` });
    await expect(download()).rejects.toThrow(
      `The temporary URL ${CDN}/r/5 redirected more than 5 times: giving up.`,
    );
  });

  it("drops credentials a Location carries", async () => {
    attachmentAt(`${CDN}/a/y.png`);
    nock(CDN).get("/a/y.png").reply(302, "", { location: "https://u:p@storage.example.net/y" });
    let authorization: string | undefined = "unset";
    nock("https://storage.example.net")
      .get("/y")
      .reply(function () {
        authorization = this.req.headers.authorization as string | undefined;
        return [200, "y"];
      });
    expect((await download()).data.toString()).toBe("y");
    expect(authorization).toBeUndefined();
  });
});

describe("Download Attachment's cap on the CDN's answer", () => {
  it("refuses a declared length above Max Size before reading the body", async () => {
    attachmentAt(`${CDN}/big.bin`, undefined);
    nock(CDN)
      .get("/big.bin")
      .reply(200, "x", { "content-length": String(5_000_000) });
    await expect(download("2")).rejects.toThrow(
      /larger than Max Size \(2 MB; it is 5 MB\).*Use Get Attachment/,
    );
  });

  it("says so when Brandfolder gives the attachment no URL", async () => {
    attachmentAt("");
    await expect(download()).rejects.toThrow(
      `Brandfolder's attachment ${ATTACHMENT_ID} has no file URL to download.`,
    );
  });
});
