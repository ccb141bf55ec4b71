import { readAttachment, storageOf } from "../../../simulator/brandfolder/storage";
import { useBrandfolder } from "../simulator/helpers";
import {
  bytesOf,
  connectionOf,
  fileServer,
  harness,
  sha256,
  storedObjects,
  upload,
  withoutNock,
  uploadTarget,
} from "./helpers";

describe("Upload File's sources, retries and import against the Brandfolder simulator", () => {
  withoutNock();
  let now = Date.UTC(2026, 11, 6, 9, 0, 0);
  const api = useBrandfolder({ seedAssets: 1, clock: () => now, storage: { processingMs: 5000 } });
  const target = () => uploadTarget(api().sim);

  it("refuses a loopback source unless Allow Private Addresses is on, before calling Brandfolder", async () => {
    const source = await fileServer(bytesOf(10));
    const before = api().sim.requests.length;
    try {
      await expect(
        upload(api().sim, { ...target(), sourceUrl: `${source.url}/file.bin`, fileName: "a.bin" }),
      ).rejects.toThrow(/refused.*Allow Private Addresses.*Nothing was sent to Brandfolder/s);
      expect(source.hits).toHaveLength(0);
      expect(api().sim.requests.length).toBe(before);
    } finally {
      await source.close();
    }
  });

  it("refuses a web page as the file unless File Name ends in .html", async () => {
    const page = Buffer.from("<html><body>Sign in</body></html>");
    const source = await fileServer(page, { type: "text/html; charset=utf-8" });
    const inputs = {
      ...target(),
      sourceUrl: `${source.url}/file.bin`,
      allowPrivateAddresses: true,
    };
    try {
      await expect(upload(api().sim, { ...inputs, fileName: "a.pdf" })).rejects.toThrow(
        /answered a web page \(text\/html\)/,
      );
      const saved = await upload(api().sim, { ...inputs, fileName: "page.html" });
      expect(saved.size).toBe(page.length);
    } finally {
      await source.close();
    }
  });

  it("stores a URL source under the media type the source declares", async () => {
    const data = bytesOf(2048);
    const source = await fileServer(data, { type: "image/png; charset=binary" });
    try {
      const result = await upload(api().sim, {
        ...target(),
        sourceUrl: `${source.url}/logo.png`,
        fileName: "logo.png",
        allowPrivateAddresses: "true",
      });
      expect(result.protocol).toBe("single");
      const put = api()
        .sim.requests.filter((r) => r.path.startsWith("/storage/upload/"))
        .at(-1);
      expect(put?.headers["content-type"]).toBe("image/png");
    } finally {
      await source.close();
    }
  });

  it("sends the single PUT again after a dropped connection, within the execution's time", async () => {
    api().sim.faults.add({ method: "PUT", path: /^\/storage\/upload\//, fault: "reset" });
    const data = bytesOf(1000);
    const result = await upload(api().sim, { ...target(), file: { data }, fileName: "retry.bin" });
    expect(result.protocol).toBe("single");
    const puts = api().sim.requests.filter((r) => r.path.startsWith("/storage/upload/"));
    expect(puts.slice(-2).map((r) => r.fault ?? "ok")).toEqual(["reset", "ok"]);
    expect(storedObjects(api().sim).at(-1)!.sha256).toBe(sha256(data));
  });

  it("fills in the attachment's size and type after the import delay (simulator clock)", async () => {
    const data = bytesOf(4321);
    const result = await upload(api().sim, {
      ...target(),
      file: { data, contentType: "application/pdf" },
      fileName: "later.pdf",
    });
    const attachment = () =>
      [...api().sim.state.attachments.values()].find((t) => t.assetId === result.assetId)!;
    expect(attachment().size).toBe(0);
    now += storageOf(api().sim.state).processingMs;
    await harness.action("getUploadUrl", { connection: connectionOf(api().sim) });
    expect(attachment()).toMatchObject({
      size: 4321,
      mimetype: "application/pdf",
      extension: "pdf",
    });
    expect(readAttachment(api().sim.state, attachment().id)?.equals(data)).toBe(true);
  });
});
