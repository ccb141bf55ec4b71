import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { FETCH_ALL_PER } from "../../../src/brandfolder/endpoints";
import { seeded, useBrandfolder } from "../simulator/helpers";

const harness = createHarness(component);
type Page = { data: { id: string; attributes: { name: string } }[]; hasMore?: boolean };

describe("List Assets with Sort By and Order against the Brandfolder simulator", () => {
  // More than one Fetch All page, so the order must hold across pages.
  const api = useBrandfolder({ seedAssets: FETCH_ALL_PER + 20 });
  const list = async (inputs: Record<string, unknown>) => {
    const connection = {
      key: "apiKey",
      configVarKey: "c",
      fields: { apiKey: api().sim.apiKey, apiHost: api().sim.url },
    };
    return (await harness.action("listAssets", { connection, ...inputs }))?.data as Page;
  };
  const byName = (names: string[], sign: number) =>
    [...names].sort((a, b) => sign * a.localeCompare(b, "en", { sensitivity: "base" }));

  it("sends sort_by and order, and Fetch All keeps the order across pages", async () => {
    const ids = seeded(api().sim);
    const from = api().sim.requests.length;
    const result = await list({
      parent: "brandfolders",
      parentId: ids.brand,
      sortBy: "name",
      order: "DESC",
      fetchAll: "true",
    });
    const names = result.data.map((a) => a.attributes.name);
    expect(names).toHaveLength(FETCH_ALL_PER + 20);
    expect(names).toEqual(byName(names, -1));
    const sent = api().sim.requests.slice(from);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((r) => r.query.sort_by === "name" && r.query.order === "DESC")).toBe(true);
  });

  it("sorts one page by creation date, newest first", async () => {
    const ids = seeded(api().sim);
    const newest = [...api().sim.state.assets.values()]
      .filter((a) => a.sectionId === ids.logos)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, 5)
      .map((a) => a.id);
    const page = await list({
      parent: "sections",
      parentId: ids.logos,
      sortBy: "created_at",
      order: "DESC",
      per: "5",
    });
    expect(page.data.map((a) => a.id)).toEqual(newest);
    expect(page.hasMore).toBe(true);
  });

  it.each([
    [{ sortBy: "name" }, 'Input "Order" is required when Sort By is set'],
    [{ order: "ASC" }, 'Input "Sort By" is required when Order is set'],
    [{ sortBy: "size", order: "ASC" }, 'Input "Sort By"'],
    [{ sortBy: "name", order: "up" }, 'Input "Order"'],
  ])("refuses %j before any request", async (inputs, message) => {
    const ids = seeded(api().sim);
    const from = api().sim.requests.length;
    await expect(list({ parent: "brandfolders", parentId: ids.brand, ...inputs })).rejects.toThrow(
      message,
    );
    expect(api().sim.requests.length).toBe(from);
  });
});
