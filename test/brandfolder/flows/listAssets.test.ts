import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { FETCH_ALL_PER } from "../../../src/brandfolder/endpoints";
import { seeded, useBrandfolder } from "../simulator/helpers";

const harness = createHarness(component);
type Page = {
  data: { id: string; type: string; related?: Record<string, unknown> }[];
  meta: { total_count: number };
  nextPage?: number | null;
  hasMore?: boolean;
  fetched?: number;
  complete?: boolean;
  truncated?: { cause: string; reason: string } | null;
};

// More than two Fetch All pages, in the main Brandfolder (plus the seed's deleted-looking "Old logo").
const SEEDED = FETCH_ALL_PER * 2 + 37;

describe("List Assets against the Brandfolder simulator", () => {
  const api = useBrandfolder({ seedAssets: SEEDED });
  const connection = () => ({
    key: "apiKey",
    configVarKey: "c",
    fields: { apiKey: api().sim.apiKey, apiHost: api().sim.url },
  });
  const list = async (inputs: Record<string, unknown>) =>
    (await harness.action("listAssets", { connection: connection(), ...inputs }))?.data as Page;

  it("reads every page of a Brandfolder with Fetch All, each asset once", async () => {
    const ids = seeded(api().sim);
    const before = api().sim.state.assets.size;
    const result = await list({ parent: "brandfolders", parentId: ids.brand, fetchAll: "true" });
    const got = result.data.map((a) => a.id);
    expect(new Set(got).size).toBe(got.length);
    expect(got.length).toBe(result.meta.total_count);
    expect(got.length).toBeGreaterThan(FETCH_ALL_PER * 2);
    expect(result).toMatchObject({ fetched: got.length, complete: true, truncated: null });
    expect(api().sim.state.assets.size).toBe(before);
  });

  it("resolves each page's included records onto its own assets with Fetch All", async () => {
    const ids = seeded(api().sim);
    const result = await list({
      parent: "brandfolders",
      parentId: ids.brand,
      include: "section",
      fetchAll: "true",
    });
    expect(result.complete).toBe(true);
    const last = result.data[result.data.length - 1];
    expect(last.related?.section).toMatchObject({ type: "sections" });
    expect(result.data.every((a) => a.related?.section !== undefined)).toBe(true);
    // The raw `included` is kept on a single page only: Fetch All stays small.
    expect(result).not.toHaveProperty("included");
  });

  it("stops at Max Items and says the list is incomplete", async () => {
    const ids = seeded(api().sim);
    const result = await list({
      parent: "brandfolders",
      parentId: ids.brand,
      fetchAll: "true",
      maxItems: String(FETCH_ALL_PER + 10),
    });
    expect(result.data).toHaveLength(FETCH_ALL_PER + 10);
    expect(result.complete).toBe(false);
    expect(result.truncated?.cause).toBe("maxItems");
    expect(result.truncated?.reason).toContain("Max Items");
  });

  it("returns one page with the next page number, and included records resolved", async () => {
    const ids = seeded(api().sim);
    const first = await list({
      parent: "brandfolders",
      parentId: ids.brand,
      include: "section",
      per: "10",
    });
    expect(first.data).toHaveLength(10);
    expect(first).toMatchObject({ nextPage: 2, hasMore: true });
    expect(first.data[0].related?.section).toMatchObject({ type: "sections" });
    const second = await list({
      parent: "brandfolders",
      parentId: ids.brand,
      per: "10",
      page: "2",
    });
    expect(second.data.map((a) => a.id)).not.toContain(first.data[0].id);
  });

  it("lists a Collection's assets through the parent chosen in the step", async () => {
    const ids = seeded(api().sim);
    const inCollection = [...api().sim.state.assets.values()].filter((a) =>
      a.collectionIds.includes(ids.pressKit),
    );
    const result = await list({ parent: "collections", parentId: ids.pressKit, fetchAll: "true" });
    expect(result.data.map((a) => a.id).sort()).toEqual(inCollection.map((a) => a.id).sort());
  });

  it("refuses Include on a Section before any request", async () => {
    const ids = seeded(api().sim);
    await expect(
      list({ parent: "sections", parentId: ids.logos, include: "tags" }),
    ).rejects.toThrow(/Include/);
  });
});
