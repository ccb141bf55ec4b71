import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { SUB_BRAND_KEY } from "../../../src/bynder/inputs/brands";
import { permanentConnection } from "../../helpers/connections";
import { requestsTo } from "../../helpers/simulator";

const harness = createHarness(component);
type Items = { key: string; label?: string }[];

describe("dropdowns against the simulator", () => {
  let sim: Simulator;
  let connection: ReturnType<typeof permanentConnection>;

  beforeAll(async () => {
    // A permanent token acts with every scope, so each dropdown's endpoint is reachable.
    sim = await startSimulator({ seedAssets: 400 });
    connection = permanentConnection(sim.url, sim.credentials.permanentToken);
    sim.seed.users(230);
    sim.seed.orders(37);
    sim.seed.tags(...Array.from({ length: 1150 }, (_, i) => `tag-${String(i).padStart(4, "0")}`));
  });
  afterAll(() => sim.close());

  const run = async (key: string, params: Record<string, unknown> = {}) =>
    ((await harness.dataSource(key, { connection, ...params })) as { result: Items }).result;

  it("selectUser lists every active user across pages, labelled by name and email", async () => {
    const items = await run("selectUser");
    const active = [...sim.state.users.values()].filter((u) => u.active);
    expect(active.length).toBeGreaterThan(100);
    expect(items).toHaveLength(active.length);
    expect(requestsTo(sim, "GET", "/api/v4/users").length).toBeGreaterThan(1);
    const user = active[0];
    expect(items.find((i) => i.key === user.id)?.label).toContain(`<${user.email}>`);
  });

  it("selectOrder lists every order of a small store, not only the first 10", async () => {
    const before = requestsTo(sim, "GET", "/api/store/order").length;
    const items = await run("selectOrder");
    expect(sim.state.orders.size).toBeGreaterThan(30);
    expect(items).toHaveLength(sim.state.orders.size);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    // Pages of 10 until a short (or, on an exact multiple, empty) one.
    expect(requestsTo(sim, "GET", "/api/store/order").length - before).toBe(
      Math.floor(sim.state.orders.size / 10) + 1,
    );
  });

  it("selectTag reads more than one page of 1000 tags, most used first", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/tags").length;
    const items = await run("selectTag");
    expect(items).toHaveLength(sim.state.tags.size);
    expect(items.map((i) => i.label)).toContain("tag-1149");
    const sent = requestsTo(sim, "GET", "/api/v4/tags").slice(before);
    expect(sent.length).toBe(2);
    expect(sent.every((r) => r.query.orderBy === "mediaCount desc")).toBe(true);
  });

  it("selectTag passes Search to Bynder as keyword", async () => {
    const items = await run("selectTag", { search: "tag-114" });
    expect(items.map((i) => i.label).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `tag-114${i}`),
    );
  });

  it("selectAsset reads one bounded page, never the whole library, and says to search or type the ID", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/media").length;
    const items = await run("selectAsset");
    const sent = requestsTo(sim, "GET", "/api/v4/media").slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].query.orderBy).toBe("dateModified desc");
    const limit = Number(sent[0].query.limit);
    expect(limit).toBeLessThanOrEqual(100);
    expect(items.length).toBe(limit + 1);
    expect(items[0].label).toMatch(/\((image|document|audio|video|3d)\)$/);
    expect(items[limit]).toEqual({
      key: "",
      label: `More than ${limit} assets — type a Search keyword or the ID`,
    });
  });

  it("selectBrand includes sub-brands", async () => {
    const items = await run("selectBrand");
    const subBrands = [...sim.state.brands.values()].flatMap((b) => b.subBrands);
    expect(subBrands.length).toBeGreaterThan(0);
    expect(items.map((i) => i.key)).toEqual(
      expect.arrayContaining(subBrands.map((s) => `${SUB_BRAND_KEY}${s.id}`)),
    );
  });

  it("selectMetapropertyOption lists the options of the chosen metaproperty", async () => {
    const mp = [...sim.state.metaproperties.values()].find((m) => m.options.length > 0);
    if (!mp) throw new Error("no metaproperty with options");
    const items = await run("selectMetapropertyOption", { metapropertyId: mp.id });
    expect(items.map((i) => i.key).sort()).toEqual(mp.options.map((o) => o.id).sort());
  });

  it("selectSecurityProfile and selectMetaproperty return readable labels", async () => {
    for (const key of ["selectSecurityProfile", "selectMetaproperty"]) {
      const items = await run(key);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.label?.trim()).toBeTruthy();
    }
  });
});
