import { createHarness } from "@prismatic-io/spectral/dist/testing";
import type { Simulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { requestsTo, simulatorWithConnection } from "../../helpers/simulator";
import { windowsAsked, windowsToRead } from "../../helpers/windows";

const harness = createHarness(component);

describe("asset flows against the simulator", () => {
  let sim: Simulator;
  let connection: Awaited<ReturnType<typeof simulatorWithConnection>>["connection"];

  beforeAll(async () => {
    ({ sim, connection } = await simulatorWithConnection({ seedAssets: 2500 }));
  });
  afterAll(() => sim.close());

  it("List Assets with Fetch All returns every asset of a 2,500+ library in pages of 1000", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/media").length;
    const result = await harness.action("listAssets", { connection, fetchAll: "true" });
    const data = result?.data as { media: { id: string }[]; total: { count: number } };
    const expected = sim.state.assets.size;
    expect(expected).toBeGreaterThanOrEqual(2500);
    expect(data.media).toHaveLength(expected);
    expect(new Set(data.media.map((a) => a.id)).size).toBe(expected);
    expect(data.total.count).toBe(expected);
    const sent = requestsTo(sim, "GET", "/api/v4/media").slice(before);
    // Windows of up to 1000 that overlap, so each joins the one before with no check of its own.
    expect(sent.map((r) => `${r.query.page}/${r.query.limit}`)).toEqual(
      windowsAsked(1000, windowsToRead(1000, expected)),
    );
  });

  it("List Assets without Fetch All returns one page in the same shape", async () => {
    const result = await harness.action("listAssets", {
      connection,
      fetchAll: "false",
      limit: "7",
      page: "2",
    });
    const data = result?.data as { media: unknown[]; total: { count: number } };
    expect(data.media).toHaveLength(7);
    expect(data.total.count).toBe(sim.state.assets.size);
  });

  it("Set Asset Metaproperties changes what Get Asset returns", async () => {
    const asset = [...sim.state.assets.values()][0];
    const metaproperty = [...sim.state.metaproperties.values()].find((m) => m.options.length >= 2);
    if (!metaproperty) throw new Error("simulator has no metaproperty with options");
    const [first, second] = metaproperty.options;
    await harness.action("setAssetMetaproperties", {
      connection,
      assetId: asset.id,
      metaproperties: [{ key: metaproperty.id, value: `${first.id},${second.id}` }],
    });
    const result = await harness.action("getAsset", { connection, id: asset.id });
    const got = result?.data as Record<string, unknown>;
    expect(got[`property_${metaproperty.name}`]).toEqual([first.name, second.name]);
    const sent = requestsTo(sim, "POST", `/api/v4/media/${asset.id}`).at(-1);
    expect(sent?.headers["content-type"]).toContain("application/x-www-form-urlencoded");
  });

  it("Add Tag To Assets and Remove Tag From Assets change the assets' tags", async () => {
    const [a, b] = [...sim.state.assets.values()].slice(1, 3);
    const [tag] = sim.seed.tags("flow-test-tag");
    await harness.action("addTagToAssets", { connection, id: tag.id, assetIds: [a.id, b.id] });
    for (const asset of [a, b]) {
      const got = (await harness.action("getAsset", { connection, id: asset.id }))?.data as {
        tags: string[];
      };
      expect(got.tags).toContain("flow-test-tag");
    }
    await harness.action("removeTagFromAssets", { connection, id: tag.id, assetIds: [a.id] });
    const afterA = (await harness.action("getAsset", { connection, id: a.id }))?.data as {
      tags: string[];
    };
    const afterB = (await harness.action("getAsset", { connection, id: b.id }))?.data as {
      tags: string[];
    };
    expect(afterA.tags).not.toContain("flow-test-tag");
    expect(afterB.tags).toContain("flow-test-tag");
  });
});
