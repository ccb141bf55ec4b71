import { createHarness } from "@prismatic-io/spectral/dist/testing";
import type { Simulator } from "../../../simulator/bynder";
import { startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { connectionWithScopes, DEFAULT_TOKEN_SCOPES, requestsTo } from "../../helpers/simulator";

const harness = createHarness(component);

describe("a collection's life against the simulator, with the default scopes", () => {
  let sim: Simulator;
  let connection: Awaited<ReturnType<typeof connectionWithScopes>>;
  const run = async (key: string, params: Record<string, unknown> = {}) =>
    (await harness.action(key, { connection, ...params }))?.data as Record<string, unknown>;

  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 5 });
    connection = await connectionWithScopes(sim, DEFAULT_TOKEN_SCOPES);
  });
  afterAll(() => sim.close());

  it("creates, fills, lists, shares, trims, updates and deletes a collection", async () => {
    const [a, b] = [...sim.state.assets.values()].map((x) => x.id);

    const created = await run("createCollection", {
      name: "Flow launch kit",
      description: "Made by the flow test",
    });
    const id = String(created.id);
    // The ID came from the Location header: no fallback lookup by name was needed.
    expect(requestsTo(sim, "GET", "/api/v4/collections")).toHaveLength(0);
    expect(created).toMatchObject({ name: "Flow launch kit", collectionCount: 0 });
    expect(sim.state.collections.get(id)?.name).toBe("Flow launch kit");

    await run("addAssetsToCollection", { id, assetIds: [a, b] });
    const [add] = requestsTo(sim, "POST", `/api/v4/collections/${id}/media`);
    expect(new URLSearchParams(add.body.toString()).get("data")).toBe(JSON.stringify([a, b]));

    const listed = await run("listCollectionAssets", { id, includeAssetDetails: "true" });
    expect(listed.assetIds).toEqual([a, b]);
    const media = listed.media as { id: string; name: string }[];
    expect(media.map((m) => m.id).sort()).toEqual([a, b].sort());
    expect(media[0].name).toEqual(expect.any(String));
    const details = requestsTo(sim, "GET", "/api/v4/media");
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((r) => r.query.collectionId === id)).toBe(true);

    const group = [...sim.state.groups.values()][0];
    await run("shareCollection", {
      id,
      collectionOptions: "view",
      recipients: ["reviewer@example.com"],
      groups: [group.id],
      sendMail: "false",
    });
    expect(sim.state.collections.get(id)?.shares).toEqual([
      expect.objectContaining({
        recipients: ["reviewer@example.com"],
        groups: [group.id],
        collectionOptions: "view",
        sendMail: false,
      }),
    ]);

    await run("removeAssetsFromCollection", { id, assetIds: [a] });
    const [removal] = requestsTo(sim, "DELETE", `/api/v4/collections/${id}/media`);
    expect(removal.query.deleteIds).toBe(a);
    expect((await run("listCollectionAssets", { id })).assetIds).toEqual([b]);

    // Is Public left untouched: the form must carry no isPublic field at all.
    sim.state.collections.get(id)!.isPublic = true;
    await run("updateCollection", { id, name: "Flow launch kit v2" });
    const [update] = requestsTo(sim, "POST", `/api/v4/collections/${id}`);
    expect([...new URLSearchParams(update.body.toString()).keys()]).toEqual(["name"]);
    expect(sim.state.collections.get(id)).toMatchObject({
      name: "Flow launch kit v2",
      isPublic: true,
    });

    expect(await run("deleteCollection", { id })).toEqual({ deleted: true, id });
    expect(sim.state.collections.has(id)).toBe(false);
  });

  it("offers the portal's groups in Share Collection's Groups dropdown", async () => {
    const result = (await harness.dataSource("selectGroup", { connection, search: "sales" })) as {
      result: { key: string; label: string }[];
    };
    const sales = [...sim.state.groups.values()].find((g) => g.name === "Sales");
    expect(result.result).toEqual([{ key: sales?.id, label: "Sales" }]);
    const [sent] = requestsTo(sim, "GET", "/api/groups/list").slice(-1);
    expect(sent.query).toMatchObject({ search_term: "sales", sort_order: "asc" });
  });
});
