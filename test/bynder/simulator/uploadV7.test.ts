import {
  bytesOf,
  downloadBytes,
  finalisedV7Upload,
  type Json,
  sha256,
  useSimulator,
} from "./helpers";

const MiB = 1024 * 1024;

describe("v7 file_cmds upload", () => {
  const sim = useSimulator();

  async function chunk(fileId: string, n: number, data: Buffer, hash = sha256(data)) {
    return fetch(`${sim().sim.url}/v7/file_cmds/upload/${fileId}/chunk/${n}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${sim().sim.credentials.permanentToken}`,
        "content-type": "application/octet-stream",
        "content-sha256": hash,
      },
      body: data,
    });
  }

  it("round-trips three 1 MiB chunks and saves by file id", async () => {
    const content = bytesOf(3 * MiB, 11);
    const prep = await sim().json("POST", "/v7/file_cmds/upload/prepare", {});
    expect(prep.status).toBe(200);
    const { file_id } = (await prep.json()) as { file_id: string };
    for (let n = 0; n < 3; n++) {
      expect((await chunk(file_id, n, content.subarray(n * MiB, (n + 1) * MiB))).status).toBe(201);
    }
    const fin = await sim().form("POST", `/v7/file_cmds/upload/${file_id}/finalise_api`, {
      fileName: "video.mp4",
      fileSize: content.length,
      chunksCount: 3,
      sha256: sha256(content),
    });
    expect(fin.status).toBe(201);
    const correlation = fin.headers.get("x-api-correlation-id");
    expect(correlation).toMatch(/^[0-9a-f-]{36}$/);
    expect(await fin.json()).toMatchObject({ correlation_id: correlation });
    const save = await sim().form("POST", `/api/v4/media/save/${file_id}/`, {
      brandId: sim().sim.state.brands[0].id,
      name: "Clip",
    });
    expect(save.status).toBe(201);
    const { mediaid } = (await save.json()) as { mediaid: string };
    expect(await sim().getJson<Json>(`/api/v4/media/${mediaid}/`)).toMatchObject({
      name: "Clip",
      type: "video",
    });
    expect(sha256(await downloadBytes(sim(), mediaid))).toBe(sha256(content));
  });

  it("rejects a chunk whose Content-SHA256 does not match and a finalise with the wrong file hash", async () => {
    const { file_id } = (await (
      await sim().json("POST", "/v7/file_cmds/upload/prepare", {})
    ).json()) as { file_id: string };
    const data = bytesOf(1000, 5);
    expect((await chunk(file_id, 0, data, sha256(Buffer.from("other")))).status).toBe(400);
    expect((await chunk(file_id, 0, data)).status).toBe(201);
    const fin = await sim().form("POST", `/v7/file_cmds/upload/${file_id}/finalise_api`, {
      fileName: "a.bin",
      fileSize: 1000,
      chunksCount: 1,
      sha256: sha256(Buffer.from("nope")),
    });
    expect(fin.status).toBe(400);
    expect(await fin.json()).toMatchObject({ message: expect.stringContaining("sha256") });
  });
});

describe("v7 conversion delay (v7ConversionMs, on the simulator's clock)", () => {
  let now = Date.UTC(2026, 10, 24, 12);
  const sim = useSimulator({ v7ConversionMs: 60_000, clock: () => now });

  const finalised = (content: Buffer) => finalisedV7Upload(sim(), "clip.mp4", content);

  it("answers a save 303 'not converted yet' until the delay has passed, then saves", async () => {
    const fileId = await finalised(bytesOf(2000, 3));
    const save = () =>
      sim().form("POST", `/api/v4/media/save/${fileId}/`, {
        brandId: sim().sim.state.brands[0].id,
      });
    now += 59_999;
    const early = await save();
    expect(early.status).toBe(303);
    expect(await early.json()).toMatchObject({ message: "Import not converted yet, please poll" });
    now += 1;
    expect((await save()).status).toBe(201);
  });

  it("also holds back saving a v7 upload as a new version", async () => {
    const fileId = await finalised(bytesOf(1000, 4));
    const assetId = [...sim().sim.state.assets.keys()][0];
    const save = () => sim().form("POST", `/api/v4/media/${assetId}/save/${fileId}/`, {});
    expect((await save()).status).toBe(303);
    now += 60_000;
    expect((await save()).status).toBe(201);
  });
});
