import { type Json, useSimulator } from "./helpers";

type Tag = { id: string; tag: string; mediaCount: number };
type Option = { id: string; name: string; label: string; displayLabel: string; zindex: number };
type Mp = Json & { id: string; name: string; options?: Option[] };

describe("tags", () => {
  const sim = useSimulator({ seedAssets: 10 });

  it("lists tags as {id, tag, mediaCount} with paging and keyword", async () => {
    sim().sim.seed.tags(
      ...Array.from({ length: 30 }, (_, i) => `bulk-${String(i).padStart(2, "0")}`),
    );
    const page1 = await sim().getJson<Tag[]>("/api/v4/tags/", {
      keyword: "bulk-",
      limit: 20,
      orderBy: "tag asc",
    });
    const page2 = await sim().getJson<Tag[]>("/api/v4/tags/", {
      keyword: "bulk-",
      limit: 20,
      page: 2,
      orderBy: "tag asc",
    });
    expect(page1).toHaveLength(20);
    expect(page2).toHaveLength(10);
    expect(page1[0]).toEqual({ id: expect.any(String), tag: "bulk-00", mediaCount: 0 });
  });

  it("adds a tag to assets from a JSON data field and removes it with deleteIds", async () => {
    const [tag] = sim().sim.seed.tags("campaign-2025");
    const assets = await sim().getJson<{ id: string }[]>("/api/v4/media/", { limit: 2 });
    const ids = assets.map((a) => a.id);
    const add = await sim().form("POST", `/api/v4/tags/${tag.id}/media/`, {
      data: JSON.stringify(ids),
    });
    expect(add.status).toBe(202);
    const tagged = await sim().getJson<{ id: string }[]>("/api/v4/media/", {
      tags: "campaign-2025",
    });
    expect(tagged.map((a) => a.id).sort()).toEqual([...ids].sort());
    const [listed] = await sim().getJson<Tag[]>("/api/v4/tags/", { keyword: "campaign-2025" });
    expect(listed.mediaCount).toBe(2);
    const del = await sim().del(`/api/v4/tags/${tag.id}/media/`, { deleteIds: ids[0] });
    expect(del.status).toBe(204);
    const remaining = await sim().getJson<{ id: string }[]>("/api/v4/media/", {
      tags: "campaign-2025",
    });
    expect(remaining.map((a) => a.id)).toEqual([ids[1]]);
  });

  it("answers an unknown tag with 404", async () => {
    const res = await sim().form("POST", "/api/v4/tags/nope/media/", { data: "[]" });
    expect(res.status).toBe(404);
  });
});

describe("metaproperties", () => {
  const sim = useSimulator();

  it("returns an object keyed by metaproperty name, with options unless options=0", async () => {
    const all = await sim().getJson<Record<string, Mp>>("/api/v4/metaproperties/");
    expect(Array.isArray(all)).toBe(false);
    expect(all.Colour).toMatchObject({ name: "Colour", type: "select", isMultiselect: true });
    expect(all.Colour.options?.map((o) => o.name)).toEqual(["Red", "Green", "Blue", "Yellow"]);
    expect(all.Colour.options?.[0]).toMatchObject({ label: "Red", displayLabel: "Red", zindex: 1 });
    const bare = await sim().getJson<Record<string, Mp>>("/api/v4/metaproperties/", { options: 0 });
    expect(bare.Colour.options).toBeUndefined();
    const one = await sim().getJson<Record<string, Mp>>("/api/v4/metaproperties/", {
      ids: all.Region.id,
    });
    expect(Object.keys(one)).toEqual(["Region"]);
  });

  it("creates, modifies and deletes a metaproperty through the data form field", async () => {
    const created = await sim().form("POST", "/api/v4/metaproperties/", {
      data: JSON.stringify({
        name: "Season",
        label: "Season",
        type: "select",
        isMultiselect: false,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const mod = await sim().form("POST", `/api/v4/metaproperties/${id}/`, {
      data: JSON.stringify({ label: "Season of year", isRequired: true }),
    });
    expect(mod.status).toBe(201);
    expect(await sim().getJson<Mp>(`/api/v4/metaproperties/${id}/`)).toMatchObject({
      id,
      name: "Season",
      label: "Season of year",
      isRequired: true,
    });
    expect((await sim().del(`/api/v4/metaproperties/${id}/`)).status).toBe(204);
    expect((await sim().get(`/api/v4/metaproperties/${id}/`)).status).toBe(404);
  });

  it("rejects an unknown metaproperty type and a missing data field", async () => {
    const bad = await sim().form("POST", "/api/v4/metaproperties/", {
      data: JSON.stringify({ name: "X", type: "weird" }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: "Invalid metaproperty type" });
    const none = await sim().form("POST", "/api/v4/metaproperties/", {});
    expect(none.status).toBe(400);
  });

  it("pages, creates, modifies and deletes options", async () => {
    const all = await sim().getJson<Record<string, Mp>>("/api/v4/metaproperties/");
    const mpId = all.Region.id;
    for (let i = 0; i < 4; i++) {
      const res = await sim().form("POST", `/api/v4/metaproperties/${mpId}/options/`, {
        data: JSON.stringify({ name: `Zone${i}`, label: `Zone ${i}` }),
      });
      expect(res.status).toBe(201);
    }
    const page2 = await sim().getJson<Option[]>(`/api/v4/metaproperties/${mpId}/options/`, {
      limit: 5,
      page: 2,
    });
    expect(page2.map((o) => o.name)).toEqual(["Zone2", "Zone3"]);
    const byName = await sim().getJson<Option[]>(`/api/v4/metaproperties/${mpId}/options/`, {
      name: "zone1",
    });
    expect(byName).toHaveLength(1);
    const optId = byName[0].id;
    const mod = await sim().form("POST", `/api/v4/metaproperties/${mpId}/options/${optId}/`, {
      data: JSON.stringify({ label: "Zone one" }),
    });
    expect(mod.status).toBe(201);
    const [after] = await sim().getJson<Option[]>(`/api/v4/metaproperties/${mpId}/options/`, {
      name: "zone1",
    });
    expect(after.label).toBe("Zone one");
    const dup = await sim().form("POST", `/api/v4/metaproperties/${mpId}/options/`, {
      data: JSON.stringify({ name: "Zone1" }),
    });
    expect(dup.status).toBe(400);
    expect((await sim().del(`/api/v4/metaproperties/${mpId}/options/${optId}/`)).status).toBe(204);
    expect(
      await sim().getJson<Option[]>(`/api/v4/metaproperties/${mpId}/options/`, { name: "zone1" }),
    ).toEqual([]);
  });
});
