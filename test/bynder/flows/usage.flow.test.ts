import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { connectionWithScopes, DEFAULT_TOKEN_SCOPES, requestsTo } from "../../helpers/simulator";

const harness = createHarness(component);
const INTEGRATION = "2d7c1a9e-4b3f-4e5a-8c6d-0e1f2a3b4c5d";
const PAGE = "https://shop.example/products/trail-runner";

describe("asset usage against the simulator", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 3 });
  });
  afterAll(() => sim.close());

  it("records, lists, syncs and deletes usage with the asset.usage scopes added", async () => {
    const connection = await connectionWithScopes(
      sim,
      `${DEFAULT_TOKEN_SCOPES} asset.usage:read asset.usage:write`,
    );
    const run = async (key: string, params: Record<string, unknown>) =>
      (await harness.action(key, { connection, ...params }))?.data;
    const [a, b] = [...sim.state.assets.values()].map((x) => x.id);

    const recorded = (await run("createAssetUsage", {
      integrationId: INTEGRATION,
      assetId: a,
      uri: PAGE,
      additional: "Product page hero",
    })) as Record<string, unknown>;
    expect(recorded).toMatchObject({ asset_id: a, uri: PAGE, additional: "Product page hero" });
    const [post] = requestsTo(sim, "POST", "/api/media/usage");
    expect(post.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    // Timestamp left blank is not sent, so Bynder stamps the current time.
    expect(new URLSearchParams(post.body.toString()).has("timestamp")).toBe(false);

    const listed = await run("listAssetUsage", { assetId: a, integrationId: INTEGRATION });
    expect(listed).toEqual([recorded]);

    const synced = (await run("syncAssetUsage", {
      integrationId: INTEGRATION,
      uris: [PAGE, "https://shop.example/products/retired"],
      usages: JSON.stringify([{ asset_id: b, uri: PAGE, additional: "Swatch" }]),
    })) as Record<string, unknown[]>;
    expect(synced.new).toEqual([expect.objectContaining({ asset_id: b, uri: PAGE })]);
    expect(synced.removed).toEqual([{ asset_id: a, uri: PAGE }]);
    expect(await run("listAssetUsage", { assetId: a })).toEqual([]);

    expect(
      await run("deleteAssetUsage", { integrationId: INTEGRATION, assetId: b, uri: PAGE }),
    ).toEqual({ deleted: true, integrationId: INTEGRATION, assetId: b, uri: PAGE });
    expect(sim.state.assetUsages.size).toBe(0);
  });

  it("with only the default scopes, says which scope to add", async () => {
    const connection = await connectionWithScopes(sim, DEFAULT_TOKEN_SCOPES);
    const [a] = [...sim.state.assets.values()].map((x) => x.id);
    await expect(harness.action("listAssetUsage", { connection, assetId: a })).rejects.toThrow(
      /HTTP 403.*"asset\.usage:read" scope on the connection \(not among the default scopes/,
    );
  });
});
