import { type Json, useSimulator } from "./helpers";

interface Init {
  s3file: { uploadid: string; targetid: string };
  s3_filename: string;
  multipart_params: Record<string, string>;
}

const getApi = useSimulator({ processingMs: 0 });

async function init(fileName: string): Promise<Init> {
  const res = await getApi().form("POST", "/api/upload/init", { filename: fileName });
  expect(res.status).toBe(200);
  return (await res.json()) as Init;
}

/** One S3 POST; `change` edits the fields (in order) before the file is appended last. */
async function post(
  i: Init,
  change: (fields: [string, string][]) => [string, string][] = (f) => f,
  headers: Record<string, string> = {},
) {
  const key = `${i.multipart_params.key}/p1`;
  const fields: [string, string][] = [
    ...Object.entries(i.multipart_params).map(([k, v]): [string, string] => [
      k,
      k === "key" ? key : v,
    ]),
    ["name", key],
    ["chunk", "1"],
    ["chunks", "1"],
    ["Filename", key],
  ];
  const form = new FormData();
  for (const [k, v] of change(fields)) form.append(k, v);
  form.append("file", new Blob([Buffer.from("x")]), "p1");
  return fetch(`${getApi().sim.url}/s3/`, { method: "POST", body: form, headers });
}

describe("the simulator's S3 bucket checks each chunk's fields", () => {
  it("accepts the fields Bynder's SDKs send", async () => {
    expect((await post(await init("ok.txt"))).status).toBe(201);
  });

  it.each<[string, (f: [string, string][]) => [string, string][], string]>([
    [
      "a chunk above chunks",
      (f) => f.map(([k, v]) => [k, k === "chunk" ? "2" : v]),
      "chunk must be",
    ],
    ["chunk 0", (f) => f.map(([k, v]) => [k, k === "chunk" ? "0" : v]), "chunk must be"],
    [
      "a key without /p<chunk>",
      (f) => f.map(([k, v]) => [k, k === "key" || k === "Filename" ? v.replace(/\/p1$/, "") : v]),
      "must end with /p1",
    ],
    [
      "a Filename other than the key",
      (f) => f.map(([k, v]) => [k, k === "Filename" ? "x" : v]),
      "'Filename' must equal the key",
    ],
    ["no name", (f) => f.filter(([k]) => k !== "name"), "field named 'name'"],
  ])("refuses %s", async (_, change, message) => {
    const res = await post(await init("bad.txt"), change);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(message);
  });

  it("refuses a chunk sent with an Authorization header (the Bynder token must never reach S3)", async () => {
    const res = await post(await init("token.txt"), undefined, { Authorization: "Bearer x" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Only one auth mechanism allowed");
  });
});

describe("the simulator's signed downloads", () => {
  it("name the file per RFC 6266, so any name survives", async () => {
    const api = getApi();
    const name = '報告 – "Q3".pdf';
    const i = await init(name);
    expect((await post(i)).status).toBe(201);
    const base = { id: i.s3file.uploadid, targetid: i.s3file.targetid };
    await api.form("POST", "/api/v4/upload/", {
      ...base,
      filename: `${i.s3_filename}/p1`,
      chunkNumber: 1,
    });
    const fin = (await (
      await api.form("POST", "/api/v4/upload/", {
        ...base,
        s3_filename: i.s3_filename,
        chunks: 1,
        original_filename: name,
      })
    ).json()) as Json;
    const brandId = api.sim.state.brands[0].id;
    const saved = (await (
      await api.form("POST", `/api/v4/media/save/${fin.importId}/`, { brandId })
    ).json()) as Json;
    const { s3_file } = await api.getJson<{ s3_file: string }>(
      `/api/v4/media/${saved.mediaid}/download/`,
    );
    const res = await fetch(s3_file);
    expect(res.status).toBe(200);
    const header = res.headers.get("content-disposition") ?? "";
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
    expect(decodeURIComponent(header.split("filename*=UTF-8''")[1])).toBe(name);
  });
});
