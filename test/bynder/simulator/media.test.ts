import { type Json, useSimulator } from "./helpers";

type Asset = Json & {
  id: string;
  name: string;
  dateModified: string;
  dateCreated: string;
  type: string;
};

describe("media", () => {
  const sim = useSimulator({ seedAssets: 120 });

  it("lists assets as a plain array with 50 per page by default", async () => {
    const media = await sim().getJson<Asset[]>("/api/v4/media/");
    expect(Array.isArray(media)).toBe(true);
    expect(media).toHaveLength(50);
    const a = media[0];
    expect(a.id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{16}$/);
    expect(a).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        extension: [expect.any(String)],
        fileSize: expect.any(Number),
        tags: expect.arrayContaining([]),
        archive: expect.any(Number),
        thumbnails: expect.objectContaining({ mini: expect.stringContaining(sim().sim.url) }),
      }),
    );
  });

  it("pages through every asset without duplicates", async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 3; page++) {
      const media = await sim().getJson<Asset[]>("/api/v4/media/", {
        page,
        limit: 50,
        orderBy: "name asc",
      });
      expect(media.length).toBe(page < 3 ? 50 : 20);
      for (const m of media) seen.add(m.id);
    }
    expect(seen.size).toBe(120);
  });

  it("wraps results with total or count when asked", async () => {
    const total = await sim().getJson<{ media: Asset[]; total: { count: number } }>(
      "/api/v4/media/",
      {
        total: 1,
        limit: 5,
      },
    );
    expect(total.media).toHaveLength(5);
    expect(total.total.count).toBe(120);
    const count = await sim().getJson<{
      media: Asset[];
      count: Json & { type: Record<string, number> };
    }>("/api/v4/media/", { count: 1, limit: 1 });
    const byType = Object.values(count.count.type).reduce((s, n) => s + n, 0);
    expect(byType).toBe(120);
    expect(count.count.total).toBe(120);
  });

  it("rejects a limit above 1000", async () => {
    const res = await sim().get("/api/v4/media/", { limit: 1001 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      statuscode: 400,
      message: expect.stringContaining("limit"),
    });
  });

  it("filters by type, ids and keyword", async () => {
    const images = await sim().getJson<Asset[]>("/api/v4/media/", { type: "image", limit: 1000 });
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((a) => a.type === "image")).toBe(true);
    const two = images.slice(0, 2).map((a) => a.id);
    const byIds = await sim().getJson<Asset[]>("/api/v4/media/", { ids: two.join(",") });
    expect(byIds.map((a) => a.id).sort()).toEqual([...two].sort());
    const word = images[0].name.split(" ")[2];
    const byKeyword = await sim().getJson<Asset[]>("/api/v4/media/", { keyword: word });
    expect(byKeyword.map((a) => a.id)).toContain(images[0].id);
  });

  it("sorts by dateModified and filters on a dateModified lower bound", async () => {
    const all = await sim().getJson<Asset[]>("/api/v4/media/", {
      orderBy: "dateModified asc",
      limit: 1000,
    });
    const dates = all.map((a) => Date.parse(a.dateModified));
    expect([...dates].sort((x, y) => x - y)).toEqual(dates);
    const pivot = all[60].dateModified;
    const after = await sim().getJson<Asset[]>("/api/v4/media/", {
      dateModified: pivot,
      limit: 1000,
    });
    expect(after.length).toBe(all.filter((a) => a.dateModified >= pivot).length);
    expect(after.every((a) => Date.parse(a.dateModified) >= Date.parse(pivot))).toBe(true);
  });

  it("answers an unknown asset id with the v4 404 envelope", async () => {
    const res = await sim().get("/api/v4/media/00000000-0000-0000-0000000000000000/");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: "Not found", statuscode: 404 });
  });

  it("modifies fields and metaproperties from a form body, by option name or id", async () => {
    const { sim: s } = sim();
    const [asset] = await sim().getJson<Asset[]>("/api/v4/media/", { limit: 1 });
    const colour = [...s.state.metaproperties.values()].find((m) => m.name === "Colour");
    const region = [...s.state.metaproperties.values()].find((m) => m.name === "Region");
    if (!colour || !region) throw new Error("fixtures missing");
    const res = await sim().form("POST", `/api/v4/media/${asset.id}/`, {
      name: "Renamed",
      description: "New description",
      tags: "alpha,beta",
      [`metaproperty.${colour.id}`]: "Red,Blue",
      [`metaproperty.${region.id}`]: region.options[1].id,
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ message: "Accepted", statuscode: 202 });
    const after = await sim().getJson<Json>(`/api/v4/media/${asset.id}/`);
    expect(after).toMatchObject({
      name: "Renamed",
      description: "New description",
      tags: ["alpha", "beta"],
      property_Colour: ["Red", "Blue"],
      property_Region: [region.options[1].name],
    });
  });

  it("accepts a JSON modify body with 202 but changes nothing, as Bynder does", async () => {
    const [asset] = await sim().getJson<Asset[]>("/api/v4/media/", {
      limit: 1,
      orderBy: "name desc",
    });
    const res = await sim().json("POST", `/api/v4/media/${asset.id}/`, { name: "Ignored" });
    expect(res.status).toBe(202);
    const after = await sim().getJson<Asset>(`/api/v4/media/${asset.id}/`);
    expect(after.name).toBe(asset.name);
  });

  it("adds and removes metaproperty options through /api/media/options", async () => {
    const { sim: s } = sim();
    const [asset] = await sim().getJson<Asset[]>("/api/v4/media/", {
      limit: 1,
      orderBy: "name asc",
    });
    const channel = [...s.state.metaproperties.values()].find((m) => m.name === "Channel");
    if (!channel) throw new Error("fixtures missing");
    const body = {
      asset_id: asset.id,
      metaproperty_id: channel.id,
      metaproperty_option_ids: [channel.options[0].id],
    };
    await sim().del("/api/media/options", {
      asset_id: asset.id,
      metaproperty_id: channel.id,
      metaproperty_option_ids: channel.options.map((o) => o.id).join(","),
    });
    expect((await sim().json("POST", "/api/media/options", body)).status).toBe(201);
    let after = await sim().getJson<Json>(`/api/v4/media/${asset.id}/`);
    expect(after.property_Channel).toEqual([channel.options[0].name]);
    expect((await sim().json("DELETE", "/api/media/options", body)).status).toBe(204);
    after = await sim().getJson<Json>(`/api/v4/media/${asset.id}/`);
    expect(after.property_Channel).toBeUndefined();
  });

  it("includes media items with versions=1 and statistics with stats=1", async () => {
    const [asset] = await sim().getJson<Asset[]>("/api/v4/media/", { limit: 1 });
    const plain = await sim().getJson<Json>(`/api/v4/media/${asset.id}/`);
    expect(plain.mediaItems).toBeUndefined();
    const full = await sim().getJson<Json>(`/api/v4/media/${asset.id}/`, { versions: 1, stats: 1 });
    expect(full.mediaItems).toEqual([
      expect.objectContaining({ type: "original", version: 1, fileName: expect.any(String) }),
    ]);
    expect(full.views).toEqual(expect.any(Number));
    expect(full.downloads).toEqual(expect.any(Number));
  });

  it("deletes an asset with 204 and then reports it missing", async () => {
    const [asset] = await sim().getJson<Asset[]>("/api/v4/media/", {
      limit: 1,
      orderBy: "dateCreated asc",
    });
    expect((await sim().del(`/api/v4/media/${asset.id}/`)).status).toBe(204);
    expect((await sim().get(`/api/v4/media/${asset.id}`)).status).toBe(404);
  });
});
