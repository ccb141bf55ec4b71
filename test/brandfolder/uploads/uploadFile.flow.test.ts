import { useBrandfolder } from "../simulator/helpers";
import { storageOf } from "../../../simulator/brandfolder/storage";
import {
  withoutNock,
  bytesOf,
  MiB,
  sha256,
  storageRequests,
  storedObjects,
  upload,
  uploadTarget,
} from "./helpers";

describe("Upload File against the Brandfolder simulator", () => {
  withoutNock();
  const api = useBrandfolder({ seedAssets: 2, storage: { processingMs: 0 } });
  const target = () => uploadTarget(api().sim);

  it("sends a small file in one PUT without the key and creates the asset from object_url", async () => {
    const data = bytesOf(1);
    const before = api().sim.requests.length;
    const result = await upload(api().sim, {
      ...target(),
      file: { data, contentType: "image/png" },
      fileName: 'Ünïcode – 報告 "q".png',
      description: "From a flow",
    });
    expect(result).toMatchObject({ protocol: "single", chunks: 1, size: 1 });
    const asset = api().sim.state.assets.get(result.assetId)!;
    expect(asset).toMatchObject({ name: 'Ünïcode – 報告 "q".png', description: "From a flow" });
    const attachment = [...api().sim.state.attachments.values()].find(
      (t) => t.assetId === asset.id,
    )!;
    expect(attachment.filename).toBe('Ünïcode – 報告 "q".png');
    const sent = api().sim.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path.replace(/obj\d+/, "<o>")}`)).toEqual([
      "GET /api/v4/upload_requests",
      "PUT /storage/upload/<o>",
      `POST /api/v4/brandfolders/${target().parentId}/assets`,
    ]);
    expect(sent[1].headers.authorization).toBeUndefined();
    expect(storedObjects(api().sim).at(-1)!.sha256).toBe(sha256(data));
  });

  it("sends a file above the threshold in resumable chunks of 256 KiB multiples", async () => {
    const data = bytesOf(2 * MiB + 1);
    const before = api().sim.requests.length;
    const result = await upload(api().sim, {
      ...target(),
      file: { data },
      fileName: "big.bin",
      resumableThresholdMib: "1",
      chunkSizeMib: "1",
    });
    expect(result).toMatchObject({ protocol: "resumable", chunks: 3, size: data.length });
    const chunks = storageRequests(api().sim)
      .filter((r) => api().sim.requests.indexOf(r) >= before)
      .map((r) => `${r.method} ${r.headers["content-range"] ?? r.headers["x-goog-resumable"]}`);
    expect(chunks).toEqual([
      "POST start",
      `PUT bytes 0-${MiB - 1}/*`,
      `PUT bytes ${MiB}-${2 * MiB - 1}/*`,
      `PUT bytes ${2 * MiB}-${2 * MiB}/${data.length}`,
    ]);
    expect(storedObjects(api().sim).at(-1)!.sha256).toBe(sha256(data));
    expect(storageOf(api().sim.state).received.at(-1)).toMatchObject({ length: 1 });
  });
});
