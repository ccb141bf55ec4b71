import { type Json, useSimulator } from "./helpers";

type Row = Json & { id: string; name: string; dateCreated: string };

describe("media list paging over a large library", () => {
  const sim = useSimulator({ seedAssets: 2600 });

  async function allPages(query: Record<string, string | number>): Promise<Row[]> {
    const out: Row[] = [];
    for (let page = 1; ; page++) {
      const rows = await sim().getJson<Row[]>("/api/v4/media/", { ...query, limit: 250, page });
      out.push(...rows);
      if (rows.length < 250) return out;
    }
  }

  it("visits every asset exactly once, in order, without re-sorting per page", async () => {
    const store = sim().sim.state.assets;
    const before = store.rebuilds;
    const rows = await allPages({ orderBy: "name asc" });
    expect(rows).toHaveLength(store.size);
    expect(new Set(rows.map((r) => r.id)).size).toBe(store.size);
    const names = rows.map((r) => r.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Eleven pages, one index build at most.
    expect(store.rebuilds - before).toBeLessThanOrEqual(1);
    const desc = await allPages({});
    expect(desc.map((r) => r.id)).toHaveLength(store.size);
    const dates = desc.map((r) => Date.parse(r.dateCreated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("pages a filtered list consistently with its total", async () => {
    const first = await sim().getJson<{ media: Row[]; total: { count: number } }>(
      "/api/v4/media/",
      { type: "image", total: 1, limit: 250 },
    );
    const rows = await allPages({ type: "image" });
    expect(rows).toHaveLength(first.total.count);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.type === "image")).toBe(true);
  });

  it("reflects a rename, a new asset and a delete in the next list", async () => {
    const [a, b] = [...sim().sim.state.assets.values()];
    const rename = await sim().form("POST", `/api/v4/media/${a.id}/`, { name: "000 first" });
    expect(rename.status).toBe(202);
    const top = await sim().getJson<Row[]>("/api/v4/media/", { orderBy: "name asc", limit: 1 });
    expect(top[0].id).toBe(a.id);

    const [added] = sim().sim.seed.assets(1, { dateCreated: Date.now() + 60_000 });
    const newest = await sim().getJson<Row[]>("/api/v4/media/", { limit: 1 });
    expect(newest[0].id).toBe(added.id);

    expect((await sim().del(`/api/v4/media/${b.id}/`)).status).toBe(204);
    const all = await sim().getJson<{ total: { count: number } }>("/api/v4/media/", {
      total: 1,
      limit: 1,
    });
    expect(all.total.count).toBe(sim().sim.state.assets.size);
    const rows = await allPages({ orderBy: "dateModified desc" });
    expect(rows.map((r) => r.id)).not.toContain(b.id);
    expect(rows[0].id).toBe(a.id);
  });
});
