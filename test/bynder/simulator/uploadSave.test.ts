import { bytesOf, finalisedV7Upload, type Json, useSimulator } from "./helpers";

type Saved = { mediaid: string; success: boolean; mediaitems: unknown };

describe("saving uploads as an asset, a version or an additional file", () => {
  const sim = useSimulator();

  /** A finalised v7 upload (saveable at once, no poll needed). */
  const upload = (fileName: string): Promise<string> =>
    finalisedV7Upload(sim(), fileName, bytesOf(2048, fileName.length));

  const expectMediaItems = (body: Saved, fileName: string) => {
    expect(Array.isArray(body.mediaitems)).toBe(true);
    const items = body.mediaitems as { original: string; destination: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toEqual({ original: expect.any(String), destination: expect.any(String) });
    }
    expect(items[0].original).toBe(`final/${body.mediaid}/${fileName}`);
  };

  it("answers mediaitems as a list of {original, destination} for all three saves", async () => {
    const brandId = sim().sim.state.brands[0].id;
    const first = await sim().form("POST", `/api/v4/media/save/${await upload("a.png")}/`, {
      brandId,
    });
    const created = (await first.json()) as Saved;
    expectMediaItems(created, "a.png");
    const id = created.mediaid;

    const version = await sim().form(
      "POST",
      `/api/v4/media/${id}/save/${await upload("a-v2.png")}/`,
      {},
    );
    expect(version.status).toBe(201);
    expectMediaItems((await version.json()) as Saved, "a-v2.png");

    const extra = await sim().form(
      "POST",
      `/api/v4/media/${id}/save/additional/${await upload("extra.pdf")}/`,
      {},
    );
    expect(extra.status).toBe(201);
    const body = (await extra.json()) as Saved & { itemId: string };
    expectMediaItems(body, "extra.pdf");
    const asset = await sim().getJson<Json>(`/api/v4/media/${id}/`, { versions: 1 });
    expect((asset.mediaItems as Json[]).map((i) => i.id)).toContain(body.itemId);
  });
});
