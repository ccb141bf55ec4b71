import { type Api, bytesOf, downloadBytes, type Json, sha256, useSimulator } from "./helpers";

const MiB = 1024 * 1024;

interface Init {
  s3file: { uploadid: string; targetid: string };
  s3_filename: string;
  multipart_params: Record<string, string>;
}

async function s3Chunk(
  endpoint: string,
  init: Init,
  n: number,
  total: number,
  data: Buffer,
  fileName: string,
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(init.multipart_params)) {
    form.append(k, k === "key" ? `${v}/p${n}` : v);
  }
  form.append("name", fileName);
  form.append("chunk", String(n));
  form.append("chunks", String(total));
  form.append("Filename", `${init.multipart_params.key}/p${n}`);
  form.append("file", new Blob([data]), fileName);
  return fetch(endpoint, { method: "POST", body: form });
}

/** Runs steps 1 to 4 of the legacy flow and returns the import id. */
async function legacyUpload(
  api: Api,
  content: Buffer,
  fileName: string,
  chunkSize = MiB,
): Promise<string> {
  const endpoint = (await api.getJson<string>("/api/upload/endpoint")) as string;
  const initRes = await api.form("POST", "/api/upload/", { filename: fileName });
  expect(initRes.status).toBe(200);
  const init = (await initRes.json()) as Init;
  const total = Math.ceil(content.length / chunkSize);
  for (let n = 1; n <= total; n++) {
    const part = content.subarray((n - 1) * chunkSize, n * chunkSize);
    const s3 = await s3Chunk(endpoint, init, n, total, part, fileName);
    expect(s3.status).toBe(201);
    expect(await s3.text()).toMatch(/<PostResponse>.*<Key>.*\/p\d+<\/Key>.*<\/PostResponse>/s);
    const reg = await api.form(
      "POST",
      `/api/v4/upload/${encodeURIComponent(init.s3file.uploadid)}/`,
      {
        targetid: init.s3file.targetid,
        filename: `${init.s3_filename}/p${n}`,
        chunkNumber: n,
      },
    );
    expect(reg.status).toBe(202);
  }
  const fin = await api.form("POST", "/api/v4/upload/", {
    id: init.s3file.uploadid,
    targetid: init.s3file.targetid,
    s3_filename: `${init.s3_filename}/p${total}`,
    chunks: total,
    original_filename: fileName,
  });
  expect(fin.status).toBe(202);
  const body = (await fin.json()) as { importId: string; success: number };
  expect(body.success).toBeTruthy();
  return body.importId;
}

async function pollUntilDone(api: Api, importId: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const status = await api.getJson<{ itemsDone: string[] }>("/api/v4/upload/poll/", {
      items: importId,
    });
    if (status.itemsDone.includes(importId)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("upload never finished processing");
}

describe("legacy S3 upload", () => {
  const sim = useSimulator({ processingMs: 150 });
  const brandId = () => sim().sim.state.brands[0].id;

  it("round-trips three 1 MiB chunks byte for byte through save and download", async () => {
    // Three chunks of 1 MiB, the last one short.
    const content = bytesOf(3 * MiB - 12_345);
    const importId = await legacyUpload(sim(), content, "big-file.bin");
    const early = await sim().form("POST", `/api/v4/media/save/${importId}/`, {
      brandId: brandId(),
    });
    expect(early.status).toBe(303);
    expect(await early.json()).toMatchObject({ message: "Import not converted yet, please poll" });
    await pollUntilDone(sim(), importId);
    const colour = [...sim().sim.state.metaproperties.values()].find((m) => m.name === "Colour");
    const save = await sim().form("POST", `/api/v4/media/save/${importId}/`, {
      brandId: brandId(),
      name: "Uploaded file",
      tags: "upload,test",
      [`metaproperty.${colour?.id}`]: "Green",
    });
    expect(save.status).toBe(201);
    const saved = (await save.json()) as { mediaid: string; success: boolean };
    expect(saved.success).toBe(true);
    const asset = await sim().getJson<Json>(`/api/v4/media/${saved.mediaid}/`);
    expect(asset).toMatchObject({
      name: "Uploaded file",
      fileSize: content.length,
      tags: ["upload", "test"],
      property_Colour: ["Green"],
    });
    expect(sha256(await downloadBytes(sim(), saved.mediaid))).toBe(sha256(content));
  });

  it("saves a new version and an additional file on an existing asset", async () => {
    const v1 = bytesOf(4000, 1);
    const first = await legacyUpload(sim(), v1, "doc.pdf");
    await pollUntilDone(sim(), first);
    const { mediaid } = (await (
      await sim().form("POST", `/api/v4/media/save/${first}/`, { brandId: brandId() })
    ).json()) as { mediaid: string };
    const v2 = bytesOf(5000, 2);
    const second = await legacyUpload(sim(), v2, "doc-v2.pdf");
    await pollUntilDone(sim(), second);
    expect((await sim().form("POST", `/api/v4/media/${mediaid}/save/${second}/`, {})).status).toBe(
      201,
    );
    expect(sha256(await downloadBytes(sim(), mediaid))).toBe(sha256(v2));
    const asset = await sim().getJson<{ mediaItems: Json[] }>(`/api/v4/media/${mediaid}/`, {
      versions: 1,
    });
    expect(asset.mediaItems.map((i) => [i.version, i.active])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    const oldItem = asset.mediaItems[0].id as string;
    expect(sha256(await downloadBytes(sim(), mediaid, `download/${oldItem}/`))).toBe(sha256(v1));

    const extra = bytesOf(3000, 3);
    const endpoint = await sim().getJson<string>("/api/upload/endpoint");
    const init = (await (
      await sim().form("POST", "/api/upload/init", { filename: "extra.txt" })
    ).json()) as Init;
    expect((await s3Chunk(endpoint, init, 1, 1, extra, "extra.txt")).status).toBe(201);
    const add = await sim().form(
      "POST",
      `/api/v4/media/${mediaid}/save/additional/${encodeURIComponent(init.s3file.uploadid)}/`,
      {
        targetid: init.s3file.targetid,
        s3_filename: init.s3_filename,
        chunks: 1,
      },
    );
    expect(add.status).toBe(201);
    expect(sha256(await downloadBytes(sim(), mediaid, "download/?type=additional"))).toBe(
      sha256(extra),
    );
  });

  it("refuses an S3 chunk whose policy signature was tampered with", async () => {
    const endpoint = await sim().getJson<string>("/api/upload/endpoint");
    const init = (await (
      await sim().form("POST", "/api/upload/", { filename: "x.png" })
    ).json()) as Init;
    init.multipart_params["X-Amz-Signature"] = "0".repeat(64);
    const res = await s3Chunk(endpoint, init, 1, 1, Buffer.from("x"), "x.png");
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("SignatureDoesNotMatch");
  });

  it("fails finalise with Bynder's retry envelope when a chunk was never registered", async () => {
    const init = (await (
      await sim().form("POST", "/api/upload/", { filename: "y.png" })
    ).json()) as Init;
    const res = await sim().form(
      "POST",
      `/api/v4/upload/${encodeURIComponent(init.s3file.uploadid)}/`,
      {
        targetid: init.s3file.targetid,
        s3_filename: init.s3_filename,
        chunks: 1,
      },
    );
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({
      message: "Could not complete upload",
      retry: 1,
      success: false,
    });
  });

  it("rejects a filename without an extension as text/plain", async () => {
    const res = await sim().form("POST", "/api/upload/", { filename: "image" });
    expect(res.status).toBe(400);
    expect(JSON.parse(await res.text())).toEqual({ filename: "'image' is not a valid filename" });
  });
});
