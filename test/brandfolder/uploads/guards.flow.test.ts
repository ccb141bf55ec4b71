import { DEFAULT_STORAGE, storageOf } from "../../../simulator/brandfolder/storage";
import { useBrandfolder } from "../simulator/helpers";
import {
  bytesOf,
  connectionOf,
  harness,
  MiB,
  storageRequests,
  upload,
  withoutNock,
  uploadTarget,
} from "./helpers";

describe("Upload File's guards against the Brandfolder simulator", () => {
  withoutNock();
  let now = Date.UTC(2026, 11, 6, 9, 0, 0);
  const api = useBrandfolder({ seedAssets: 1, clock: () => now, storage: { processingMs: 0 } });
  const target = () => uploadTarget(api().sim);
  const keys = () => [...api().sim.state.users.values()].map((u) => u.apiKey);

  it.each([
    ["no file", { fileName: "a.bin" }, /File.*is required \(or give a Source URL\)/],
    [
      "both sources",
      { fileName: "a.bin", file: { data: Buffer.from("x") }, sourceUrl: "https://example.com/a" },
      /Source URL.*must be blank when File is given/,
    ],
    [
      "a name without extension",
      { fileName: "no extension", file: { data: Buffer.from("x") } },
      /File Name.*needs an extension/,
    ],
    [
      "an empty file",
      { fileName: "a.bin", file: { data: Buffer.alloc(0) } },
      /File.*is empty \(0 bytes\)/,
    ],
    [
      "an ftp URL",
      { fileName: "a.bin", sourceUrl: "ftp://example.com/a" },
      /Source URL.*other schemes/,
    ],
    [
      "a chunk over 64 MiB",
      { fileName: "a.bin", file: { data: Buffer.from("x") }, chunkSizeMib: "65" },
      /Chunk Size/,
    ],
  ])("refuses %s before any request", async (_, inputs, message) => {
    const before = api().sim.requests.length;
    await expect(upload(api().sim, { ...target(), ...inputs })).rejects.toThrow(message);
    expect(api().sim.requests.length).toBe(before);
  });

  it("never sends the API key to storage, in any header or the query", async () => {
    const before = api().sim.requests.length;
    await upload(api().sim, {
      ...target(),
      file: { data: bytesOf(MiB + 1) },
      fileName: "a.bin",
      resumableThresholdMib: "1",
      chunkSizeMib: "1",
    });
    await upload(api().sim, { ...target(), file: { data: bytesOf(10) }, fileName: "b.bin" });
    const storage = storageRequests(api().sim).filter(
      (r) => api().sim.requests.indexOf(r) >= before,
    );
    expect(storage.length).toBe(4); // start, 2 chunks; 1 PUT
    const carried = storage.filter((r) =>
      keys().some((k) => JSON.stringify([r.headers, r.query]).includes(k)),
    );
    expect(carried).toEqual([]);
    expect(storage.every((r) => r.status && r.status < 400)).toBe(true);
  });

  it("has storage refuse (403) a request carrying the key: the leak canary", async () => {
    const staged = await harness.action("getUploadUrl", { connection: connectionOf(api().sim) });
    const url = (staged?.data as { upload_url: string }).upload_url;
    const res = await fetch(url, {
      method: "PUT",
      headers: { authorization: `Bearer ${api().sim.apiKey}` },
      body: "x",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("API key must never be sent to storage");
    const inQuery = await fetch(`${url}&key=${api().sim.apiKey}`, { method: "PUT", body: "x" });
    expect(inQuery.status).toBe(403);
  });

  it("refuses an upload URL once used, or once expired (24 hours on the simulator's clock)", async () => {
    const stage = async () =>
      (await harness.action("getUploadUrl", { connection: connectionOf(api().sim) }))?.data as {
        upload_url: string;
      };
    const first = await stage();
    expect((await fetch(first.upload_url, { method: "PUT", body: "x" })).status).toBe(200);
    const again = await fetch(first.upload_url, { method: "PUT", body: "x" });
    expect([again.status, await again.text()]).toEqual([403, expect.stringContaining("used")]);
    const second = await stage();
    now += 24 * 3600_000 + 1;
    const late = await fetch(second.upload_url, { method: "PUT", body: "x" });
    expect([late.status, await late.text()]).toEqual([403, expect.stringContaining("expired")]);
  });

  it("fails with storage's own reason when an upload URL has expired, creating no asset", async () => {
    const store = storageOf(api().sim.state);
    store.ttlMs = -1;
    const assets = api().sim.state.assets.size;
    try {
      const error = await upload(api().sim, {
        ...target(),
        file: { data: bytesOf(5) },
        fileName: "late.bin",
      }).catch((e: Error) => e);
      expect(String(error)).toMatch(
        /refused by the storage of Brandfolder.*HTTP 403.*ExpiredToken/,
      );
      expect(String(error)).not.toMatch(/Check the ID/);
      expect(api().sim.state.assets.size).toBe(assets);
    } finally {
      store.ttlMs = DEFAULT_STORAGE.ttlMs;
    }
  });

  it.each([
    ["reset before it was made", "reset", 0],
    ["cut off after it was made", "truncated", 1],
  ])(
    "does not resend a create whose answer was lost (%s), and says where the asset may be",
    async (_, fault, made) => {
      const { parentId, sectionId } = target();
      const path = `/api/v4/brandfolders/${parentId}/assets`;
      api().sim.faults.add({ method: "POST", path, fault });
      const named = () =>
        [...api().sim.state.assets.values()].filter((a) => a.name === `Lost ${fault}`).length;
      const before = api().sim.requests.length;
      const error = await upload(api().sim, {
        ...target(),
        file: { data: bytesOf(5) },
        fileName: "lost.bin",
        name: `Lost ${fault}`,
      }).catch((e: Error) => e);
      expect(named()).toBe(made);
      expect(String(error)).toMatch(
        /answer to creating the asset "Lost \w+" was lost.*may exist.*not created again.*List Assets.*Section.*/,
      );
      expect(String(error)).toContain(sectionId);
      const creates = api()
        .sim.requests.slice(before)
        .filter((r) => r.path === path);
      expect(creates).toHaveLength(1);
    },
  );
});
