import { createHash } from "node:crypto";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { dispositionFileName } from "../../../src/core/downloads/capped";
import { attachmentBytes } from "../../../simulator/brandfolder/cdn";
import type { Attachment } from "../../../simulator/brandfolder/state";
import { useBrandfolder } from "../simulator/helpers";

/** Download Attachment end to end: the API over loopback, then the simulator's CDN without the key. */
const harness = createHarness(component);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

interface Downloaded {
  data: Buffer;
  contentType: string;
  headers: Record<string, string>;
}

describe("Download Attachment against the simulator", () => {
  const api = useBrandfolder({ seedAssets: 4 });
  const connection = () => ({
    key: "apiKey",
    configVarKey: "c",
    fields: { apiKey: api().sim.apiKey, apiHost: api().sim.url },
  });
  const download = async (attachmentId: string, maxSizeMb?: string) =>
    (await harness.action("downloadAttachment", {
      connection: connection(),
      attachmentId,
      ...(maxSizeMb ? { maxSizeMb } : {}),
    })) as Downloaded;
  const attachment = (i: number): Attachment => [...api().sim.state.attachments.values()][i];
  const cdnRequests = () => api().sim.requests.filter((r) => r.path.startsWith("/cdn/"));

  it("returns the attachment's bytes with its content type and file name, the key never reaching the CDN", async () => {
    const t = attachment(2);
    const before = cdnRequests().length;
    const result = await download(t.id);
    const want = attachmentBytes(api().sim.state, t);
    expect(result.data.length).toBe(t.size);
    expect(sha(result.data)).toBe(sha(want));
    expect(result.contentType).toBe(t.mimetype);
    expect(dispositionFileName(result.headers["Content-Disposition"])).toBe(t.filename);
    const [fetched] = cdnRequests().slice(before);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.authorization).toBeUndefined();
    const seen = JSON.stringify([fetched.headers, fetched.query, fetched.path]);
    expect(seen).not.toContain(api().sim.apiKey);
  });

  it("keeps a unicode file name exactly", async () => {
    const t = attachment(0);
    t.filename = 'Frühling "Logo" – 春.png';
    const result = await download(t.id);
    expect(dispositionFileName(result.headers["Content-Disposition"])).toBe(t.filename);
    expect(sha(result.data)).toBe(sha(attachmentBytes(api().sim.state, t)));
  });

  it("refuses a file Brandfolder says is above Max Size before asking the CDN, pointing to Get Attachment", async () => {
    const t = attachment(1);
    t.size = 3_000_000;
    const before = cdnRequests().length;
    await expect(download(t.id, "1")).rejects.toThrow(
      "The file is larger than Max Size (1 MB; it is 3 MB): a step result cannot hold it. Use Get Attachment to get its temporary location and let the next system fetch it, or raise Max Size (at most 120 MB).",
    );
    expect(cdnRequests().length).toBe(before);
  });

  it("fetches a body the CDN cut off again, and returns every byte", async () => {
    const t = attachment(1);
    t.size = 200_000;
    api().sim.faults.add({ method: "GET", path: /^\/cdn\/attachments\//, fault: "truncated" });
    const before = cdnRequests().length;
    const result = await download(t.id);
    expect(sha(result.data)).toBe(sha(attachmentBytes(api().sim.state, t)));
    expect(
      cdnRequests()
        .slice(before)
        .map((r) => r.fault ?? "none"),
    ).toEqual(["truncated", "none"]);
  });

  it("has a CDN that refuses the API key in a header or the query (the leak canary)", async () => {
    const t = attachment(3);
    const got = await api().ok(`/attachments/${t.id}`);
    const url = got.data.attributes.url as string;
    expect(url).toMatch(new RegExp(`^${api().sim.url}/cdn/attachments/${t.id}/`));
    expect((await fetch(url)).status).toBe(200);
    const withHeader = await fetch(url, {
      headers: { authorization: `Bearer ${api().sim.apiKey}` },
    });
    expect(withHeader.status).toBe(403);
    const withQuery = await fetch(`${url}?api_key=${api().sim.apiKey}`);
    expect(withQuery.status).toBe(403);
    const guest = await fetch(url, { headers: { "x-api-key": api().sim.guestKey } });
    expect(guest.status).toBe(403);
  });

  it("says a deleted attachment is gone (Brandfolder's 403) without touching the CDN", async () => {
    const t = attachment(3);
    api().sim.state.deleted.add(t.id);
    const before = cdnRequests().length;
    await expect(download(t.id)).rejects.toThrow(/403/);
    expect(cdnRequests().length).toBe(before);
  });
});
