import { startBynderSimulator } from "../../../simulator/bynder";
import { api, type Json, useSimulator } from "./helpers";

type Tag = { id: string; tag: string };
type Row = Json & { id: string; name: string; dateModified: string };

describe("seeded data is reproducible", () => {
  async function seededTags(randomSeed: number): Promise<Tag[]> {
    const sim = await startBynderSimulator({ randomSeed, seedAssets: 30 });
    try {
      sim.seed.tags("seeded-by-test");
      const tags = await api(sim).getJson<Tag[]>("/api/v4/tags", { limit: 1000 });
      return tags.map(({ id, tag }) => ({ id, tag }));
    } finally {
      await sim.close();
    }
  }

  it("gives the same tag ids on every run with the same seed, and other ids with another seed", async () => {
    const first = await seededTags(42);
    const again = await seededTags(42);
    expect(first.length).toBeGreaterThan(5);
    expect(again).toEqual(first);
    const other = await seededTags(43);
    const ids = new Set(first.map((t) => t.id));
    expect(other.filter((t) => ids.has(t.id))).toEqual([]);
  });
});

describe("direct edits of sim.state reach the next list without touch()", () => {
  const sim = useSimulator({ seedAssets: 40 });
  const first = async (orderBy: string) =>
    (await sim().getJson<Row[]>("/api/v4/media/", { orderBy, limit: 1 }))[0];

  it("re-sorts after a date or a name is changed in place", async () => {
    const store = sim().sim.state.assets;
    const oldest = (
      await sim().getJson<Row[]>("/api/v4/media/", { orderBy: "dateModified asc", limit: 1 })
    )[0];
    expect((await first("dateModified desc")).id).not.toBe(oldest.id);
    const asset = store.get(oldest.id);
    if (!asset) throw new Error("seeded asset missing");
    asset.dateModified = Date.parse("2031-01-01T00:00:00Z");
    expect((await first("dateModified desc")).id).toBe(oldest.id);

    const lastByName = (
      await sim().getJson<Row[]>("/api/v4/media/", { orderBy: "name desc", limit: 1 })
    )[0];
    const renamed = store.get(lastByName.id);
    if (!renamed) throw new Error("seeded asset missing");
    renamed.name = "AAA first by name";
    expect((await first("name asc")).id).toBe(lastByName.id);
  });

  it("still reuses an index that no edit has made stale", async () => {
    const store = sim().sim.state.assets;
    await first("dateCreated asc");
    const before = store.rebuilds;
    for (let i = 0; i < 3; i++) await first("dateCreated asc");
    expect(store.rebuilds).toBe(before);
  });
});
