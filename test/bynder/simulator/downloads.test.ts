import { useSimulator } from "./helpers";

describe("downloads and transformations", () => {
  const sim = useSimulator({ seedAssets: 3 });

  it("serves pre-signed URLs without a bearer token and refuses a forged signature", async () => {
    const [asset] = await sim().getJson<{ id: string }[]>("/api/v4/media/", { limit: 1 });
    const { s3_file } = await sim().getJson<{ s3_file: string }>(
      `/api/v4/media/${asset.id}/download/`,
    );
    const ok = await fetch(s3_file);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).not.toBe("");
    const stored = sim().sim.state.assets.get(asset.id)?.items[0].content as Buffer;
    expect(Buffer.from(await ok.arrayBuffer()).equals(stored)).toBe(true);
    const forged = new URL(s3_file);
    forged.searchParams.set("signature", "f".repeat(64));
    expect((await fetch(forged)).status).toBe(403);
  });

  it("returns transformed images in the requested format and rejects bad parameters", async () => {
    const [asset] = await sim().getJson<{ id: string }[]>("/api/v4/media/", { limit: 1 });
    const base = `${sim().sim.url}/transform/${asset.id}/hero`;
    const png = await fetch(`${base}?io=transform:fill,width:800,height:600&format=png`);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    const jpg = await fetch(`${base}?format=jpg&quality=80&focuspoint=0.5,0.4`);
    expect(jpg.headers.get("content-type")).toBe("image/jpeg");
    const webp = await fetch(base);
    expect(webp.headers.get("content-type")).toBe("image/webp");
    expect((await fetch(`${base}?quality=101`)).status).toBe(400);
    expect((await fetch(`${base}?format=gif`)).status).toBe(400);
    expect((await fetch(`${base}?io=transform:explode`)).status).toBe(400);
  });
});
