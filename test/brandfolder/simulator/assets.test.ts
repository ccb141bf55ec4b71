import { type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema } from "./schema";

describe("asset and tag writes in the Brandfolder simulator", () => {
  let now = Date.parse("2026-03-01T10:00:00Z");
  const api = useBrandfolder({ seedAssets: 4, clock: () => now, tagRemovalMs: 2000 });
  let ids: ReturnType<typeof seeded>;
  beforeAll(() => {
    ids = seeded(api().sim);
  });
  /** Calls and checks the reply against the OpenAPI schema of `spec`. */
  const call = async (method: string, spec: string, path: string, body?: unknown) => {
    const res = await api().call(method, path, body);
    const text = await res.text();
    expect([path, res.status, text.slice(0, 0)]).toEqual([path, 200, ""]);
    const json = JSON.parse(text) as Json;
    expect(bfProblems(json, bfSchema(method, spec))).toEqual([]);
    return json;
  };
  const create = (
    attributes: unknown,
    sectionKey: unknown = ids.logos,
    parent = `/brandfolders/${ids.brand}`,
  ) => api().call("POST", `${parent}/assets`, { data: { attributes }, section_key: sectionKey });

  it("creates several assets from an attributes array, with attachments named from their URLs", async () => {
    const body = await call(
      "POST",
      "/brandfolders/{brandfolder_id}/assets",
      `/brandfolders/${ids.brand}/assets`,
      {
        data: {
          attributes: [
            {
              name: "Hero",
              description: "Banner",
              attachments: [{ url: "https://files.example.com/a/hero%20shot.png" }],
            },
            {
              name: "Deck",
              attachments: [{ url: "https://files.example.com/d?x=1", filename: "deck.pdf" }],
            },
          ],
        },
        section_key: ids.logos,
      },
    );
    expect(body.data.map((a: Json) => [a.type, a.attributes.name])).toEqual([
      ["generic_files", "Hero"],
      ["generic_files", "Deck"],
    ]);
    expect(body.meta.total_count).toBe(2);
    const files = await api().ok(`/assets/${body.data[0].id}?include=attachments,section`);
    expect(
      files.included.map((r: Json) => [r.type, r.attributes.filename ?? r.attributes.name]),
    ).toEqual([
      ["attachments", "hero shot.png"],
      ["sections", "Logos"],
    ]);
    const deck = await api().ok(`/assets/${body.data[1].id}/attachments`);
    expect(deck.data[0].attributes).toMatchObject({
      filename: "deck.pdf",
      extension: "pdf",
      mimetype: "application/pdf",
    });
  });

  it("puts an asset created in a collection into that collection too", async () => {
    const res = await create([{ name: "Kit item" }], ids.logos, `/collections/${ids.pressKit}`);
    expect(res.status).toBe(200);
    const id = ((await res.json()) as Json).data[0].id as string;
    const inKit = await api().ok(`/collections/${ids.pressKit}/assets?per=3000`);
    expect(inKit.data.map((a: Json) => a.id)).toContain(id);
  });

  it("refuses a missing or foreign section_key, a single attributes object and a bad URL, naming the field", async () => {
    const cases: [Response, string][] = [
      [await create([{ name: "x" }], null), "section_key is required"],
      [
        await create([{ name: "x" }], "nope"),
        `section_key nope is not a section of Brandfolder ${ids.brand}`,
      ],
      [await create({ name: "x" }), "data.attributes must be a non-empty array of assets"],
      [
        await create([{ name: "x", attachments: [{ url: "ftp://x/y.png" }] }]),
        "data.attributes[0].attachments[0].url must be an http(s) URL",
      ],
    ];
    const archiveSection = [...api().sim.state.sections.values()].find(
      (x) => x.brandfolderId === ids.archive,
    )!.id;
    cases.push([
      await create([{ name: "x" }], archiveSection),
      `section_key ${archiveSection} is not a section of Brandfolder ${ids.brand}`,
    ]);
    for (const [res, message] of cases)
      expect([res.status, await res.text()]).toEqual([400, message]);
  });

  it("updates an asset's fields and adds attachments without replacing them", async () => {
    const id = ids.assets[0];
    const before = (await api().ok(`/assets/${id}/attachments`)).data.length;
    const body = await call("PUT", "/assets/{asset_id}", `/assets/${id}`, {
      data: {
        attributes: {
          name: "Renamed",
          approved: true,
          attachments: [{ url: "https://files.example.com/extra.jpg" }],
        },
      },
    });
    expect(body.data.attributes).toMatchObject({ name: "Renamed", approved: true });
    expect((await api().ok(`/assets/${id}/attachments`)).data).toHaveLength(before + 1);
  });

  it("adds tags (answering all the asset's tags), renames one and queues a removal by name through the async route", async () => {
    const id = ids.assets[1];
    const added = await call("POST", "/assets/{asset_id}/tags", `/assets/${id}/tags`, {
      data: { attributes: [{ name: "spring" }, { name: "hero" }, { name: "spring" }] },
    });
    const names = added.data.map((t: Json) => t.attributes.name);
    expect(names).toEqual(expect.arrayContaining(["spring", "hero"]));
    expect(names.filter((n: string) => n === "spring")).toHaveLength(1);
    expect(added.data.some((t: Json) => t.attributes.auto_generated === true)).toBe(true);
    const hero = added.data.find((t: Json) => t.attributes.name === "hero");
    const renamed = await call("PUT", "/tags/{tag_id}", `/tags/${hero.id}`, {
      data: { attributes: { name: "heroic" } },
    });
    expect(renamed.data.attributes.name).toBe("heroic");
    const removed = await call(
      "DELETE",
      "/async/tags/assets/{asset_key}",
      `/async/tags/assets/${id}`,
      { tags: ["heroic", "spring"], locale: "en" },
    );
    expect(removed).toEqual({});
    const tagNames = async () =>
      (await api().ok(`/assets/${id}/tags`)).data.map((t: Json) => t.attributes.name);
    // Queued: a read right after the delete, and until the delay passes, still shows them.
    expect(await tagNames()).toEqual(expect.arrayContaining(["heroic", "spring"]));
    now += 1999;
    expect(await tagNames()).toEqual(expect.arrayContaining(["heroic", "spring"]));
    now += 1;
    const left = await tagNames();
    expect(left).not.toContain("heroic");
    expect(left).not.toContain("spring");
    expect(left.length).toBeGreaterThan(0);
    const bad = await api().call("DELETE", `/async/tags/assets/${id}`, { tags: "spring" });
    expect([bad.status, await bad.text()]).toEqual([
      400,
      "tags must be a non-empty array of tag names",
    ]);
  });

  it("deletes an asset with its attachments, tags and values; afterwards they answer 403", async () => {
    const id = ids.assets[2];
    const attachment = (await api().ok(`/assets/${id}/attachments`)).data[0].id as string;
    expect(await call("DELETE", "/assets/{asset_id}", `/assets/${id}`)).toEqual({});
    for (const path of [`/assets/${id}`, `/attachments/${attachment}`, `/assets/${id}/tags`]) {
      const res = await api().get(path);
      expect([path, res.status]).toEqual([path, 403]);
    }
    const s = api().sim.state;
    expect([...s.customFieldValues.values()].filter((v) => v.assetId === id)).toEqual([]);
    expect(
      (await api().ok(`/brandfolders/${ids.brand}/assets?per=3000`)).data.map((a: Json) => a.id),
    ).not.toContain(id);
  });
});
