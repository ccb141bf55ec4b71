import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { permanentConnection } from "../../helpers/connections";
import { requestsTo } from "../../helpers/simulator";
import { windowsAsked, windowsToRead } from "../../helpers/windows";

const harness = createHarness(component);

interface AssetList {
  media: { id: string }[];
  count?: { total: number; [facet: string]: unknown };
  total: { count: number };
  fetched: number;
  complete: boolean;
  truncated: { reason: string } | null;
}

describe("Fetch All and lookups against the simulator", () => {
  let sim: Simulator;
  let connection: ReturnType<typeof permanentConnection>;

  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 2300 });
    sim.seed.orders(600);
    connection = permanentConnection(sim.url, sim.credentials.permanentToken);
  });
  afterAll(() => sim.close());

  const action = async <T>(key: string, params: Record<string, unknown>) =>
    ((await harness.action(key, { connection, ...params })) as { data: T }).data;

  it("List Assets with Count asks for the facets once and keeps them beside Bynder's total", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/media").length;
    const data = await action<AssetList>("listAssets", { count: "true" });
    const size = sim.state.assets.size;
    const sent = requestsTo(sim, "GET", "/api/v4/media").slice(before);
    // Facets on the first page only. A first page slower than a second (on a busy machine) lets
    // the windows Max Items allows start before the total: up to the pacer's burst of 5.
    expect(sent[0].query.count).toBe("1");
    expect(sent.slice(1).every((r) => r.query.count === undefined)).toBe(true);
    expect(sent.length).toBeGreaterThanOrEqual(windowsToRead(1000, size));
    expect(sent.length).toBeLessThanOrEqual(Math.max(5, windowsToRead(1000, size)));
    // Only overlapping windows, which join one another: no read to check a boundary.
    expect(sent.map((r) => `${r.query.page}/${r.query.limit}`)).toEqual(
      windowsAsked(1000, sent.length),
    );
    expect(data.count?.total).toBe(size);
    expect(Object.keys(data.count ?? {}).length).toBeGreaterThan(1);
    expect(data).toMatchObject({
      total: { count: size },
      fetched: size,
      complete: true,
      truncated: null,
    });
    expect(new Set(data.media.map((a) => a.id)).size).toBe(size);
  });

  it("List Assets stopped by Max Items says so, with Bynder's total", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/media").length;
    const data = await action<AssetList>("listAssets", { maxItems: "1500" });
    expect(requestsTo(sim, "GET", "/api/v4/media").length - before).toBe(2);
    expect(data.media).toHaveLength(1500);
    expect(data).toMatchObject({ fetched: 1500, complete: false });
    expect(data.truncated?.reason).toBe(
      `Stopped at Max Items (1,500 assets); Bynder reports ${sim.state.assets.size.toLocaleString("en-US")} in all.`,
    );
  });

  it("Get Order finds a recent order by its number in a few requests", async () => {
    const before = requestsTo(sim, "GET", "/api/store/order").length;
    const list = await action<{ id: string; order_ref: string }[]>("listOrders", { page: "3" });
    const wanted = list[4];
    const order = await action<{ id: string }>("getOrder", { orderNumber: wanted.order_ref });
    expect(order.id).toBe(wanted.id);
    // One page for List Orders, three for the lookup.
    expect(requestsTo(sim, "GET", "/api/store/order").length - before).toBe(4);
  });

  it("Get Order by an unknown number stops after 50 requests with a clear error", async () => {
    expect(sim.state.orders.size).toBeGreaterThan(500);
    const before = requestsTo(sim, "GET", "/api/store/order").length;
    await expect(action("getOrder", { orderNumber: "NO-SUCH-ORDER" })).rejects.toThrow(
      'Input "Order Number" is "NO-SUCH-ORDER", which is not among the first 500 orders Bynder lists',
    );
    expect(requestsTo(sim, "GET", "/api/store/order").length - before).toBe(50);
  });

  it("Select Order reads 20 pages of a 600-order store, not 61, and says to type the ID", async () => {
    const before = requestsTo(sim, "GET", "/api/store/order").length;
    const { result } = (await harness.dataSource("selectOrder", { connection })) as {
      result: { key: string; label: string }[];
    };
    expect(requestsTo(sim, "GET", "/api/store/order").length - before).toBe(20);
    expect(result).toHaveLength(201);
    expect(result[200]).toEqual({ key: "", label: "More than 200 orders — type the ID instead" });
  });

  it("List Orders with Fetch All past Max Items fails, naming the input", async () => {
    await expect(action("listOrders", { fetchAll: "true", maxItems: "100" })).rejects.toThrow(
      /List Orders: Bynder has more orders than this step may fetch\. Stopped at Max Items \(100 orders\)/,
    );
  });
});
