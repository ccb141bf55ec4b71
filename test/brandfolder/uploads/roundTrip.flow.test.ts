import { useBrandfolder } from "../simulator/helpers";
import {
  withoutNock,
  bytesOf,
  connectionOf,
  harness,
  MiB,
  sha256,
  upload,
  uploadTarget,
} from "./helpers";

/** What Upload File stores, Download Attachment gives back byte for byte (no key on either hop). */
describe("Upload File then Download Attachment against the Brandfolder simulator", () => {
  withoutNock();
  const api = useBrandfolder({ seedAssets: 2, storage: { processingMs: 0 } });

  it.each([
    ["one PUT", bytesOf(300 * 1024, 3), {}],
    [
      "resumable chunks",
      bytesOf(2 * MiB + 17, 5),
      { resumableThresholdMib: "1", chunkSizeMib: "1" },
    ],
  ])("returns the uploaded bytes (%s)", async (_how, data, options) => {
    const uploaded = await upload(api().sim, {
      ...uploadTarget(api().sim),
      file: { data, contentType: "application/pdf" },
      fileName: "Brief – 2026.pdf",
      ...options,
    });
    const attachment = [...api().sim.state.attachments.values()].find(
      (a) => a.assetId === uploaded.assetId,
    )!;
    const before = api().sim.requests.length;
    const result = await harness.action("downloadAttachment", {
      connection: connectionOf(api().sim),
      attachmentId: attachment.id,
    });
    const file = result?.data as Buffer;
    expect(sha256(file)).toBe(sha256(data));
    expect(result?.contentType).toBe("application/pdf");
    const cdn = api()
      .sim.requests.slice(before)
      .filter((r) => r.path.startsWith("/cdn/"));
    expect(cdn).toHaveLength(1);
    expect(cdn[0].headers.authorization).toBeUndefined();
  });
});
