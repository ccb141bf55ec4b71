import { startBrandfolderSimulator } from "../../../simulator/brandfolder";
import { bfApi, type Json, seeded, useBrandfolder } from "./helpers";

const idsOf = (body: Json): string[] => body.data.map((r: Json) => r.id);

describe("JSON:API rendering in the Brandfolder simulator", () => {
  const api = useBrandfolder({ seedAssets: 250 });

  it("renders every record as {id, type, attributes}, assets as generic_files", async () => {
    const ids = seeded(api().sim);
    const asset = (await api().ok(`/assets/${ids.assets[0]}`)).data;
    expect(Object.keys(asset).sort()).toEqual(["attributes", "id", "type"]);
    expect(asset.type).toBe("generic_files");
    const label = (await api().ok(`/labels/${ids.spring}`)).data;
    expect(label.attributes).toEqual({
      name: "Spring",
      path: [ids.spring, ids.y2026, ids.campaigns],
      position: 0,
      depth: 3,
    });
  });

  it("resolves include into relationships and an included list, each record once", async () => {
    const ids = seeded(api().sim);
    const body = await api().ok(`/sections/${ids.logos}/assets?per=3&include=tags,section`);
    expect(body.data).toHaveLength(3);
    for (const a of body.data) {
      expect(a.relationships.section.data).toEqual({ id: ids.logos, type: "sections" });
      expect(a.relationships.tags.data).toHaveLength(2);
    }
    const keys = body.included.map((r: Json) => `${r.type}:${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k: string) => k.startsWith("sections:"))).toEqual([
      `sections:${ids.logos}`,
    ]);
    const tag = body.included.find((r: Json) => r.type === "tags");
    expect(Object.keys(tag.attributes).sort()).toEqual(["auto_generated", "name", "source"]);
  });

  it("adds the attributes fields names, and refuses an unknown include or field naming the choices", async () => {
    const ids = seeded(api().sim);
    const a = (await api().ok(`/assets/${ids.assets[0]}?fields=created_at,cdn_url`)).data;
    expect(a.attributes.created_at).toMatch(/^2026-01-05T09:00:00Z$/);
    expect(a.attributes.cdn_url).toBe(`${api().sim.url}/cdn/${ids.assets[0]}`);
    const inc = await api().get(`/assets/${ids.assets[0]}?include=owner`);
    expect([inc.status, await inc.text()]).toEqual([
      400,
      'Invalid include "owner" for generic_files; allowed: attachments, brandfolder, collections, custom_fields, section, tags',
    ]);
    expect((await api().get(`/assets/${ids.assets[0]}?fields=secret`)).status).toBe(400);
  });

  it("pages with page and per (default 100), with meta on every list", async () => {
    const ids = seeded(api().sim);
    const first = await api().ok(`/brandfolders/${ids.brand}/assets`);
    expect(first.data).toHaveLength(100);
    expect(first.meta).toEqual({
      current_page: 1,
      next_page: 2,
      prev_page: null,
      total_pages: 3,
      total_count: 250,
    });
    const last = await api().ok(`/brandfolders/${ids.brand}/assets?page=3`);
    expect(last.data).toHaveLength(50);
    expect(last.meta).toEqual({
      current_page: 3,
      next_page: null,
      prev_page: 2,
      total_pages: 3,
      total_count: 250,
    });
    const walked = [
      ...idsOf(first),
      ...idsOf(await api().ok(`/brandfolders/${ids.brand}/assets?page=2`)),
      ...idsOf(last),
    ];
    expect(new Set(walked).size).toBe(250);
    const past = await api().ok(`/brandfolders/${ids.brand}/assets?page=9`);
    expect([past.data, past.meta.next_page]).toEqual([[], null]);
    for (const path of [
      "/organizations",
      "/collections",
      `/brandfolders/${ids.brand}/sections`,
      `/brandfolders/${ids.brand}/labels`,
      `/brandfolders/${ids.brand}/tags?per=7`,
    ]) {
      const body = await api().ok(path);
      expect([path, Object.keys(body.meta).sort()]).toEqual([
        path,
        ["current_page", "next_page", "prev_page", "total_count", "total_pages"],
      ]);
    }
    expect((await api().ok(`/brandfolders/${ids.brand}/tags?per=7`)).meta.total_pages).toBe(
      Math.ceil(500 / 7),
    );
  });

  it("refuses a page or per that is not a positive integer, naming it", async () => {
    const ids = seeded(api().sim);
    for (const q of ["page=0", "per=-1", "per=abc"]) {
      const res = await api().get(`/brandfolders/${ids.brand}/assets?${q}`);
      expect([q, res.status, await res.text()]).toEqual([
        q,
        400,
        expect.stringMatching(/^Invalid (page|per) ".*": must be an integer >= 1$/),
      ]);
    }
  });

  it("searches free text, extension:, tags: and custom_fields.<key>:, all terms together", async () => {
    const ids = seeded(api().sim);
    const search = async (q: string) =>
      (await api().ok(`/brandfolders/${ids.brand}/assets?per=3000&search=${encodeURIComponent(q)}`))
        .data as Json[];
    const pngs = await search("extension:png");
    expect(pngs.length).toBe(63);
    const logos = await search("tags:logo");
    expect(logos.every((a) => a.attributes.name.startsWith("Logo "))).toBe(true);
    const red = await search("custom_fields.color:red");
    expect(red.length).toBe(84);
    expect(await search("custom_fields.campaign:red")).toEqual([]);
    expect(
      (await search("logo extension:jpg")).every((a) => a.attributes.name.startsWith("Logo")),
    ).toBe(true);
    expect(await search('"Seeded asset 250"')).toHaveLength(1);
    const bad = await api().get(`/brandfolders/${ids.brand}/assets?search=owner:me`);
    expect([bad.status, await bad.text()]).toEqual([
      400,
      'Unsupported search field "owner": use name:, extension:, tags:, custom_fields.<key>:',
    ]);
  });
});

describe("absolute URLs behind a proxy in the Brandfolder simulator", () => {
  it("builds attachment and thumbnail URLs on publicUrl, and refuses a public URL with a path", async () => {
    const sim = await startBrandfolderSimulator({
      seedAssets: 1,
      publicUrl: "https://bf.example.com",
    });
    try {
      const attachment = [...sim.state.attachments.keys()][0];
      const body = await bfApi(sim).ok(`/attachments/${attachment}`);
      expect(body.data.attributes.url).toMatch(/^https:\/\/bf\.example\.com\/cdn\/attachments\//);
      expect(body.data.attributes.thumbnail_url).toMatch(
        /^https:\/\/bf\.example\.com\/thumbnails\//,
      );
    } finally {
      await sim.close();
    }
    await expect(
      startBrandfolderSimulator({ publicUrl: "https://bf.example.com/base" }),
    ).rejects.toThrow("--public-url must be an origin without a path: https://bf.example.com/base");
  });
});

describe("per above 3000 in the Brandfolder simulator", () => {
  it("serves 3000 per page and says so in meta", async () => {
    const sim = await startBrandfolderSimulator({ seedAssets: 3001 });
    try {
      const ids = seeded(sim);
      const body = await bfApi(sim).ok(`/brandfolders/${ids.brand}/assets?per=5000&page=2`);
      expect(body.data).toHaveLength(1);
      expect(body.meta).toEqual({
        current_page: 2,
        next_page: null,
        prev_page: 1,
        total_pages: 2,
        total_count: 3001,
      });
    } finally {
      await sim.close();
    }
  });
});
