import { storageOf } from "../../../simulator/brandfolder/storage";
import { useBrandfolder } from "../simulator/helpers";
import {
  withoutNock,
  bytesOf,
  fileServer,
  MiB,
  sha256,
  storageRequests,
  storedObjects,
  upload,
  uploadTarget,
} from "./helpers";

describe("Upload File's resumable protocol against the Brandfolder simulator", () => {
  withoutNock();
  const api = useBrandfolder({ seedAssets: 1, storage: { processingMs: 0 } });
  const target = () => uploadTarget(api().sim);
  const small = { resumableThresholdMib: "1", chunkSizeMib: "1" };

  it.each([
    ["1 byte", 1],
    ["one chunk", MiB],
    ["one chunk + 1 byte", MiB + 1],
  ])("round-trips %s over a source of unknown length, bytes intact", async (_, size) => {
    const data = bytesOf(size, size);
    const source = await fileServer(data, { length: false });
    try {
      const result = await upload(api().sim, {
        ...target(),
        ...small,
        sourceUrl: `${source.url}/moved`,
        allowPrivateAddresses: true,
        fileName: "stream.bin",
      });
      expect(result).toMatchObject({ protocol: "resumable", size });
      expect(storedObjects(api().sim).at(-1)).toMatchObject({ size, sha256: sha256(data) });
      // The source never sees the API key either, on the redirect or after it.
      expect(source.hits).toHaveLength(2);
      expect(JSON.stringify(source.hits)).not.toContain(api().sim.apiKey);
    } finally {
      await source.close();
    }
  });

  it("resumes a cut-off chunk from the server's Range, re-sending only the missing bytes", async () => {
    const data = bytesOf(3 * MiB + 5, 3);
    storageOf(api().sim.state).cut = { from: MiB, keep: 300 * 1024 };
    const before = storageOf(api().sim.state).received.length;
    const firstRequest = api().sim.requests.length;
    const result = await upload(api().sim, {
      ...target(),
      ...small,
      file: { data },
      fileName: "resumed.bin",
    });
    expect(result).toMatchObject({ protocol: "resumable", chunks: 4, size: data.length });
    const received = storageOf(api().sim.state).received.slice(before);
    // Every byte arrived exactly once: the cut chunk's kept 256 KiB were not sent again.
    expect(received.map((r) => [r.offset, r.length])).toEqual([
      [0, MiB],
      [MiB, 256 * 1024],
      [MiB + 256 * 1024, 768 * 1024],
      [2 * MiB, MiB],
      [3 * MiB, 5],
    ]);
    const ranges = storageRequests(api().sim)
      .filter((r) => api().sim.requests.indexOf(r) >= firstRequest && r.method === "PUT")
      .map((r) => r.headers["content-range"]);
    expect(ranges).toEqual([
      `bytes 0-${MiB - 1}/*`,
      `bytes ${MiB}-${2 * MiB - 1}/*`,
      "bytes */*",
      `bytes ${MiB + 256 * 1024}-${2 * MiB - 1}/*`,
      `bytes ${2 * MiB}-${3 * MiB - 1}/*`,
      `bytes ${3 * MiB}-${3 * MiB + 4}/${data.length}`,
    ]);
    expect(storedObjects(api().sim).at(-1)!.sha256).toBe(sha256(data));
  });

  it("finishes a stream whose last chunk was full with bytes */total", async () => {
    const data = bytesOf(2 * MiB, 11);
    const source = await fileServer(data, { length: false });
    const firstRequest = api().sim.requests.length;
    try {
      await upload(api().sim, {
        ...target(),
        ...small,
        sourceUrl: `${source.url}/file.bin`,
        allowPrivateAddresses: true,
        fileName: "exact.bin",
      });
    } finally {
      await source.close();
    }
    const ranges = storageRequests(api().sim)
      .filter((r) => api().sim.requests.indexOf(r) >= firstRequest && r.method === "PUT")
      .map((r) => r.headers["content-range"]);
    expect(ranges).toEqual([
      `bytes 0-${MiB - 1}/*`,
      `bytes ${MiB}-${2 * MiB - 1}/*`,
      `bytes */${2 * MiB}`,
    ]);
    expect(storedObjects(api().sim).at(-1)).toMatchObject({ size: 2 * MiB, sha256: sha256(data) });
  });

  it.each([
    ["one PUT", "64"],
    ["resumable chunks", "8"],
  ])("round-trips 23 MiB with %s", async (_, threshold) => {
    const data = bytesOf(23 * MiB, 23);
    const result = await upload(api().sim, {
      ...target(),
      file: { data },
      fileName: "23 MiB.bin",
      resumableThresholdMib: threshold,
    });
    expect(result.protocol).toBe(threshold === "64" ? "single" : "resumable");
    expect(storedObjects(api().sim).at(-1)).toMatchObject({
      size: data.length,
      sha256: sha256(data),
    });
  });
});
