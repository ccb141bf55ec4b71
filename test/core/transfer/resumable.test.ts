import type { ApiClient } from "../../../src/core/http/client";
import { heldBytes, RESUMABLE_UNIT, resumableProtocol } from "../../../src/core/transfer/resumable";

describe("the resumable (GCS) protocol's pure pieces", () => {
  it("reads the bytes a server holds from its Range header", () => {
    expect(heldBytes("bytes=0-262143")).toBe(262_144);
    expect(heldBytes(" bytes=0-0 ")).toBe(1);
    // No Range on a 308: nothing held yet. A Range not from 0 is not this protocol's: nothing.
    expect(heldBytes(undefined)).toBe(0);
    expect(heldBytes("bytes=5-10")).toBe(0);
  });

  it("refuses a chunk size that is not a multiple of 256 KiB, before any request", () => {
    const options = {
      startUrl: "https://storage.example.com/o",
      contentType: "x/y",
      storageName: "S",
    };
    // The check comes first: no client is touched.
    const client = undefined as unknown as ApiClient;
    expect(() => resumableProtocol(client, { ...options, chunkSize: 300_000 })).toThrow(
      /multiple of 256 KiB/,
    );
    expect(
      resumableProtocol(client, { ...options, chunkSize: 4 * RESUMABLE_UNIT }).maxConcurrency,
    ).toBe(1);
  });
});
