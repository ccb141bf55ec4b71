import { Readable } from "node:stream";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { contentDisposition, dispositionFileName } from "../../../src/core/downloads/capped";
import { oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);
const ASSET = "4A2C1E3F-8B7D-4E5F-9A0B1C2D3E4F5A6B";
const CDN = "https://cdn.example.net";

function location(path = "/f/a.pdf?sig=1") {
  return nock(PORTAL)
    .get(`/api/v4/media/${ASSET}/download/`)
    .query({ type: "original" })
    .reply(200, { s3_file: `${CDN}${path}` });
}

describe("Download Asset", () => {
  it("fetches the temporary URL without the Bynder token and keeps the file name exactly", async () => {
    location("/f/x?sig=1");
    let authorization: string | undefined = "unset";
    nock(CDN)
      .get("/f/x")
      .query({ sig: "1" })
      .reply(function () {
        authorization = this.req.headers.authorization as string | undefined;
        return [
          200,
          Buffer.from("PDF!"),
          {
            "content-type": "application/pdf",
            "content-disposition": contentDisposition('報告 "Q3" – final.pdf'),
          },
        ];
      });
    const result = (await harness.action("downloadAsset", {
      connection: oauthConnection(),
      assetId: ASSET,
    })) as { data: Buffer; contentType: string; headers: Record<string, string> };
    expect(authorization).toBeUndefined();
    expect(result.data.toString()).toBe("PDF!");
    expect(result.contentType).toBe("application/pdf");
    expect(dispositionFileName(result.headers["Content-Disposition"])).toBe(
      '報告 "Q3" – final.pdf',
    );
  });

  it.each([
    ["with its Content-Length (copied into one buffer)", true],
    ["without a Content-Length (pieces joined once)", false],
  ])("returns every byte of a body sent in pieces, %s", async (_, declared) => {
    location("/f/pieces.bin?sig=1");
    const pieces = [0, 1, 2, 3].map((i) => Buffer.alloc(1000 + i, 65 + i));
    const whole = Buffer.concat(pieces);
    nock(CDN)
      .get("/f/pieces.bin")
      .query({ sig: "1" })
      .reply(200, () => Readable.from(pieces), {
        "content-type": "application/octet-stream",
        ...(declared ? { "content-length": String(whole.length) } : {}),
      });
    const result = (await harness.action("downloadAsset", {
      connection: oauthConnection(),
      assetId: ASSET,
    })) as { data: Buffer };
    expect(Buffer.compare(result.data, whole)).toBe(0);
  });

  it("refuses a declared length above the cap before reading, pointing to Get Asset Download URL", async () => {
    location();
    nock(CDN)
      .get("/f/a.pdf")
      .query(true)
      .reply(200, "x", { "content-length": String(3_000_000) });
    await expect(
      harness.action("downloadAsset", {
        connection: oauthConnection(),
        assetId: ASSET,
        maxSizeMb: "2",
      }),
    ).rejects.toThrow(/larger than Max Size \(2 MB; it is 3 MB\).*Get Asset Download URL/);
  });

  it("aborts a stream without a length as soon as it passes the cap", async () => {
    location();
    nock(CDN)
      .get("/f/a.pdf")
      .query(true)
      .reply(200, () => {
        let sent = 0;
        return new Readable({
          read() {
            sent += 1;
            this.push(sent > 400 ? null : Buffer.alloc(64 * 1024));
          },
        });
      });
    await expect(
      harness.action("downloadAsset", {
        connection: oauthConnection(),
        assetId: ASSET,
        maxSizeMb: "1",
      }),
    ).rejects.toThrow(/larger than Max Size \(1 MB\)/);
  });

  it("says which roles a 403 needs", async () => {
    nock(PORTAL)
      .get(`/api/v4/media/${ASSET}/download/`)
      .query(true)
      .reply(403, { message: "Forbidden" });
    await expect(
      harness.action("downloadAsset", { connection: oauthConnection(), assetId: ASSET }),
    ).rejects.toThrow(
      /MEDIAHIGHRES \(plus ARCHIVEDOWNLOAD, DOWNLOADWATERMARK or KEYVISUALSDOWNLOAD/,
    );
  });

  it("downloads a derivative from the asset's thumbnails", async () => {
    nock(PORTAL)
      .get(`/api/v4/media/${ASSET}/`)
      .reply(200, { id: ASSET, thumbnails: { webimage: `${CDN}/m/web-hero.jpg` } });
    nock(CDN)
      .get("/m/web-hero.jpg")
      .reply(200, Buffer.from("JPG"), { "content-type": "image/jpeg" });
    const result = (await harness.action("downloadAsset", {
      connection: oauthConnection(),
      assetId: ASSET,
      derivative: "webimage",
    })) as { data: Buffer; headers: Record<string, string> };
    expect(result.data.toString()).toBe("JPG");
    expect(dispositionFileName(result.headers["Content-Disposition"])).toBe("web-hero.jpg");
  });
});

describe("Content-Disposition file names", () => {
  it.each([
    ["attachment; filename*=UTF-8''%E5%A0%B1%E5%91%8A.pdf", "報告.pdf"],
    ['attachment; filename="a \\"b\\".pdf"', 'a "b".pdf'],
    [
      "attachment; filename=\"fallback.pdf\"; filename*=utf-8''Q3%20%E2%80%93%20final.pdf",
      "Q3 – final.pdf",
    ],
    ["attachment; filename=plain.txt", "plain.txt"],
  ])("reads %s", (header, name) => {
    expect(dispositionFileName(header)).toBe(name);
  });

  it("round-trips any name through our own header", () => {
    for (const name of ["Q3 – final.pdf", "報告.pdf", "a b 'c' (d).txt", 'quote".png'])
      expect(dispositionFileName(contentDisposition(name))).toBe(name);
  });
});

describe("Generate Dynamic Asset Transformation", () => {
  it("sends several operations as repeated io parameters, and a blank name as the asset id", async () => {
    let query = "";
    nock(PORTAL)
      .get(`/transform/${ASSET}/${ASSET}`)
      .query(true)
      .reply(function (uri) {
        query = new URL(uri, PORTAL).search;
        return [200, Buffer.from([1, 2]), { "content-type": "image/webp" }];
      });
    const result = (await harness.action("generateDynamicAssetTransformation", {
      connection: oauthConnection(),
      id: ASSET,
      io: ["transform:fill,width:800,height:600", "transform:rotate,angle:90"],
    })) as { data: Buffer; contentType: string };
    const io = new URLSearchParams(query).getAll("io");
    expect(io).toEqual(["transform:fill,width:800,height:600", "transform:rotate,angle:90"]);
    expect(result.contentType).toBe("image/webp");
    expect([...result.data]).toEqual([1, 2]);
  });

  it("explains a 404", async () => {
    nock(PORTAL).get(`/transform/${ASSET}/hero`).reply(404, "Not found");
    await expect(
      harness.action("generateDynamicAssetTransformation", {
        connection: oauthConnection(),
        id: ASSET,
        name: "hero",
      }),
    ).rejects.toThrow("DAT not enabled on this portal, or unknown asset");
  });
});
