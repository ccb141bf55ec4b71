import { readObject, storageOf } from "../../../simulator/brandfolder/storage";
import { useBrandfolder } from "./helpers";

const KiB = 1024;

describe("the Brandfolder simulator's upload storage", () => {
  const api = useBrandfolder({ seedAssets: 1 });
  const stage = async () =>
    (await api().ok("/upload_requests")) as unknown as {
      upload_url: string;
      resumable_upload_url: string;
      object_url: string;
    };
  const objectOf = (url: string) => /\/(obj\d+)/.exec(url)![1];

  it("answers signed URLs on its own origin, and the object_url the asset is created from", async () => {
    const urls = await stage();
    expect(urls.upload_url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/storage\/upload\/obj\d+\?expires=\d+&signature=[0-9a-f]{64}$/,
    );
    expect(new URL(urls.object_url).origin).toBe(api().sim.url);
  });

  it("refuses a forged signature and a resumable start without x-goog-resumable", async () => {
    const urls = await stage();
    const forged = urls.upload_url.replace(/signature=\w+/, `signature=${"0".repeat(64)}`);
    const res = await fetch(forged, { method: "PUT", body: "x" });
    expect([res.status, await res.text()]).toEqual([
      403,
      expect.stringContaining("SignatureDoesNotMatch"),
    ]);
    const start = await fetch(urls.resumable_upload_url, { method: "POST" });
    expect(start.status).toBe(400);
  });

  it("keeps resumable chunks in order, in 256 KiB multiples, and answers 308 with Range", async () => {
    const urls = await stage();
    const start = await fetch(urls.resumable_upload_url, {
      method: "POST",
      headers: { "x-goog-resumable": "start" },
    });
    expect(start.status).toBe(201);
    const session = start.headers.get("location")!;
    const put = (range: string, body: Buffer) =>
      fetch(session, { method: "PUT", headers: { "content-range": range }, body });
    const odd = await put(`bytes 0-${100 * KiB - 1}/*`, Buffer.alloc(100 * KiB));
    expect(odd.status).toBe(400);
    const first = await put(`bytes 0-${256 * KiB - 1}/*`, Buffer.alloc(256 * KiB, 1));
    expect([first.status, first.headers.get("range")]).toEqual([308, `bytes=0-${256 * KiB - 1}`]);
    const gap = await put(`bytes ${512 * KiB}-${512 * KiB}/*`, Buffer.alloc(1));
    expect(gap.status).toBe(400);
    const status = await put("bytes */*", Buffer.alloc(0));
    expect([status.status, status.headers.get("range")]).toEqual([308, `bytes=0-${256 * KiB - 1}`]);
    const last = await put(
      `bytes ${256 * KiB}-${256 * KiB + 2}/${256 * KiB + 3}`,
      Buffer.from("end"),
    );
    expect(last.status).toBe(200);
    const bytes = readObject(api().sim.state, objectOf(urls.object_url))!;
    expect([bytes.length, bytes.subarray(-3).toString()]).toEqual([256 * KiB + 3, "end"]);
  });

  it("keeps only size and SHA-256 of an object over its cap", async () => {
    const store = storageOf(api().sim.state);
    store.capBytes = 10;
    try {
      const urls = await stage();
      expect((await fetch(urls.upload_url, { method: "PUT", body: Buffer.alloc(11) })).status).toBe(
        200,
      );
      const object = store.objects.get(objectOf(urls.object_url))!;
      expect(object).toMatchObject({ size: 11, complete: true, parts: undefined });
      expect(object.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(readObject(api().sim.state, object.id)).toBeUndefined();
    } finally {
      store.capBytes = 64 * 1024 * 1024;
    }
  });
});
