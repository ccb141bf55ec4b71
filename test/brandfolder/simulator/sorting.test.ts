import { type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema } from "./schema";

describe("sort_by and order on the Brandfolder simulator's asset lists", () => {
  let now = Date.parse("2026-03-01T10:00:00Z");
  const api = useBrandfolder({ seedAssets: 12, clock: () => now });
  let ids: ReturnType<typeof seeded>;
  beforeAll(() => {
    ids = seeded(api().sim);
  });
  const names = async (path: string) =>
    ((await api().ok(path)).data as Json[]).map((a) => a.attributes.name as string);

  it("sorts by name either way, case-insensitively, leaving ties in position order", async () => {
    const path = `/brandfolders/${ids.brand}/assets?per=100`;
    const position = await names(path);
    const asc = await names(`${path}&sort_by=name&order=ASC`);
    expect(asc).toEqual(
      [...position].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
    expect(await names(`${path}&sort_by=name&order=DESC`)).toEqual([...asc].reverse());
    expect(await names(`${path}&sort_by=name&order=desc`)).toEqual([...asc].reverse());
    // A tie (same name but for case) keeps position order in both directions.
    const twin = api().sim.state.assets.get(ids.assets[7])!;
    const name = twin.name;
    twin.name = "logo 2";
    for (const order of ["ASC", "DESC"]) {
      const got = (await api().ok(`${path}&sort_by=name&order=${order}`)).data.map(
        (a: Json) => a.id,
      );
      expect([order, got.indexOf(ids.assets[7]) - got.indexOf(ids.assets[1])]).toEqual([order, 1]);
    }
    twin.name = name;
  });

  it("sorts by position, created_at and updated_at; an update moves an asset last by updated_at", async () => {
    const path = `/brandfolders/${ids.brand}/assets?per=100`;
    const position = await names(path);
    expect(await names(`${path}&sort_by=position&order=ASC`)).toEqual(position);
    expect(await names(`${path}&sort_by=position&order=DESC`)).toEqual([...position].reverse());
    expect(await names(`${path}&sort_by=created_at&order=DESC`)).toEqual([...position].reverse());
    now += 60_000;
    const first = ids.assets[0];
    const put = await api().call("PUT", `/assets/${first}`, {
      data: { attributes: { description: "touched" } },
    });
    expect(put.status).toBe(200);
    const byUpdate = await names(`${path}&sort_by=updated_at&order=ASC`);
    expect(byUpdate.at(-1)).toBe(position[0]);
    expect(byUpdate.slice(0, -1)).toEqual(position.slice(1));
    expect(await names(`${path}&sort_by=created_at&order=ASC`)).toEqual(position);
  });

  it("sorts by score: a search term in the name ranks above one only in the description", async () => {
    const s = api().sim.state;
    s.assets.get(ids.assets[5])!.description = "Has the word Launch in it";
    const path = `/brandfolders/${ids.brand}/assets?per=100&search=launch`;
    const relevant = await names(`${path}&sort_by=score&order=DESC`);
    expect(relevant.slice(0, -1).every((n) => n.startsWith("Launch"))).toBe(true);
    expect(relevant.at(-1)).toBe(s.assets.get(ids.assets[5])!.name);
    expect(await names(`${path}&sort_by=score&order=ASC`)).toEqual([
      relevant.at(-1),
      ...relevant.slice(0, -1),
    ]);
  });

  it("slices pages after sorting, so page 2 goes on where page 1 stopped", async () => {
    const path = `/brandfolders/${ids.brand}/assets?sort_by=name&order=DESC`;
    const all = await names(`${path}&per=100`);
    const page1 = await api().ok(`${path}&per=5&page=1`);
    const page2 = await api().ok(`${path}&per=5&page=2`);
    expect([...page1.data, ...page2.data].map((a: Json) => a.attributes.name)).toEqual(
      all.slice(0, 10),
    );
    expect(page2.meta).toMatchObject({ current_page: 2, next_page: 3, total_count: 12 });
  });

  it("sorts every asset list, each reply as the OpenAPI documents it", async () => {
    const q = "sort_by=name&order=DESC&per=100";
    for (const [path, spec] of [
      [`/brandfolders/${ids.brand}/assets`, "/brandfolders/{brandfolder_id}/assets"],
      [`/sections/${ids.logos}/assets`, "/sections/{section_id}/assets"],
      [`/collections/${ids.pressKit}/assets`, "/collections/{collection_id}/assets"],
      [`/labels/${ids.spring}/assets`, "/labels/{label_id}/assets"],
      [`/organizations/${ids.org}/assets`, undefined],
    ] as const) {
      const body = await api().ok(`${path}?${q}`);
      const got = body.data.map((a: Json) => a.attributes.name as string);
      expect([path, got]).toEqual([
        path,
        [...got].sort((a, b) => b.localeCompare(a, "en", { sensitivity: "base" })),
      ]);
      expect([path, got.length > 1]).toEqual([path, true]);
      if (spec) expect([path, bfProblems(body, bfSchema("get", spec))]).toEqual([path, []]);
    }
  });

  it("refuses an unknown sort_by or order, or one without the other, naming the allowed values", async () => {
    const base = `/brandfolders/${ids.brand}/assets`;
    const cases: [string, string][] = [
      [
        "sort_by=size&order=ASC",
        'Invalid sort_by "size": use one of name, score, position, updated_at, created_at',
      ],
      ["sort_by=name&order=UP", 'Invalid order "UP" for sort_by=name: use ASC or DESC'],
      ["sort_by=name", 'Invalid order "" for sort_by=name: use ASC or DESC'],
      ["order=ASC", 'Invalid sort_by "": use one of name, score, position, updated_at, created_at'],
    ];
    for (const [q, message] of cases) {
      const res = await api().get(`${base}?${q}`);
      expect([q, res.status, res.headers.get("content-type"), await res.text()]).toEqual([
        q,
        400,
        expect.stringContaining("text/plain"),
        message,
      ]);
    }
  });

  it("ANDs repeated search parameters (the SDK's list of terms) and searches name:", async () => {
    const base = `/brandfolders/${ids.brand}/assets?per=100`;
    const logos = await names(`${base}&search=name:logo`);
    expect(logos.length).toBeGreaterThan(0);
    expect(logos.every((n) => n.startsWith("Logo"))).toBe(true);
    const both = await names(`${base}&search=name:logo&search=custom_fields.color:red`);
    const reds = await names(`${base}&search=custom_fields.color:red`);
    expect(both).toEqual(logos.filter((n) => reds.includes(n)));
    expect(both.length).toBeLessThan(logos.length);
  });
});
