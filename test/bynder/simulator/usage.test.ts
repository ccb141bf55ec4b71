import { DEFAULT_SCOPES } from "../../../src/bynder/connections/scopes";
import { clientCredentialsCall } from "../../helpers/simulator";
import { api, type Json, useSimulator } from "./helpers";

const INTEGRATION = "2d7c1a9e-4b3f-4e5a-8c6d-0e1f2a3b4c5d";

describe("asset usage and groups", () => {
  const sim = useSimulator({ seedAssets: 3 });
  const assetIds = () => [...sim().sim.state.assets.values()].map((a) => a.id);

  const record = (assetId: string, uri: string, extra: Record<string, string> = {}) =>
    sim().form("POST", "/api/media/usage", {
      integration_id: INTEGRATION,
      asset_id: assetId,
      uri,
      ...extra,
    });

  it("records a usage from a form and lists it by asset, integration and uri", async () => {
    const [a] = assetIds();
    const res = await record(a, "https://shop.example/p/1", {
      additional: "Hero",
      timestamp: "2026-03-12T08:30:00Z",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: expect.any(String),
      asset_id: a,
      uri: "https://shop.example/p/1",
      additional: "Hero",
      timestamp: "2026-03-12T08:30:00Z",
      integration: { id: INTEGRATION, description: expect.any(String) },
    });
    // Recording the same spot again updates it instead of adding a second record.
    expect((await record(a, "https://shop.example/p/1", { additional: "Hero v2" })).status).toBe(
      200,
    );
    await record(a, "https://shop.example/p/2");
    const all = await sim().getJson<Json[]>("/api/media/usage", { asset_id: a });
    expect(all).toHaveLength(2);
    const one = await sim().getJson<Json[]>("/api/media/usage", {
      asset_id: a,
      uri: "https://shop.example/p/1",
    });
    expect(one).toEqual([expect.objectContaining({ additional: "Hero v2" })]);
    const other = await sim().getJson<Json[]>("/api/media/usage", {
      asset_id: a,
      integration_id: "another",
    });
    expect(other).toEqual([]);
  });

  it("answers 400 naming the field for a missing field, unknown asset or bad timestamp", async () => {
    const missing = await sim().form("POST", "/api/media/usage", { asset_id: assetIds()[0] });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ integration_id: "This field is required." });
    const unknown = await record("NO-SUCH-ASSET", "https://x.example");
    expect(await unknown.json()).toEqual({ asset_id: "Asset not found." });
    expect((await record(assetIds()[0], "https://x", { timestamp: "yesterday" })).status).toBe(400);
    expect((await sim().get("/api/media/usage")).status).toBe(400);
    const json = await sim().json("POST", "/api/media/usage", {
      integration_id: INTEGRATION,
      asset_id: assetIds()[0],
      uri: "https://x",
    });
    expect(json.status).toBe(400);
  });

  it("deletes with query parameters (OpenAPI) and refuses a body, which Bynder does not read", async () => {
    const [, b] = assetIds();
    await record(b, "https://blog.example/1");
    await record(b, "https://blog.example/2");
    const byForm = await sim().form("DELETE", "/api/media/usage", {
      integration_id: INTEGRATION,
      asset_id: b,
      uri: "https://blog.example/1",
    });
    expect(byForm.status).toBe(400);
    expect(await byForm.text()).toContain("query string");
    expect(await sim().getJson<Json[]>("/api/media/usage", { asset_id: b })).toHaveLength(2);
    const byQuery = await sim().del("/api/media/usage", {
      integration_id: INTEGRATION,
      asset_id: b,
      uri: "https://blog.example/2",
    });
    expect(byQuery.status).toBe(204);
    const left = await sim().getJson<Json[]>("/api/media/usage", { asset_id: b });
    expect(left.map((u) => u.uri)).toEqual(["https://blog.example/1"]);
    expect((await sim().del("/api/media/usage", { asset_id: b })).status).toBe(400);
  });

  it("syncs: keeps, adds and rejects the given usages and removes the rest at those uris", async () => {
    const [, , c] = assetIds();
    await record(c, "https://cms.example/old");
    await record(c, "https://cms.example/keep");
    await record(c, "https://elsewhere.example/untouched");
    const res = await sim().json("POST", "/api/media/usage/sync", {
      integration_id: INTEGRATION,
      uris: ["https://cms.example/old", "https://cms.example/keep", "https://cms.example/new"],
      usages: [
        { asset_id: c, uri: "https://cms.example/keep" },
        { asset_id: c, uri: "https://cms.example/new", additional: "fresh" },
        { asset_id: "NO-SUCH-ASSET", uri: "https://cms.example/new" },
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, Json[]>;
    expect(body.accepted).toHaveLength(2);
    expect(body.new).toEqual([
      expect.objectContaining({ asset_id: c, uri: "https://cms.example/new", additional: "fresh" }),
    ]);
    expect(body.rejected).toEqual([
      { asset_id: "NO-SUCH-ASSET", uri: "https://cms.example/new", reason: "asset not found" },
    ]);
    expect(body.removed).toEqual([{ asset_id: c, uri: "https://cms.example/old" }]);
    const left = await sim().getJson<Json[]>("/api/media/usage", { asset_id: c });
    expect(left.map((u) => u.uri).sort()).toEqual([
      "https://cms.example/keep",
      "https://cms.example/new",
      "https://elsewhere.example/untouched",
    ]);
  });

  it("lists groups A to Z or Z to A, filtered by search_term and paged by limit", async () => {
    const all = await sim().getJson<Json[]>("/api/groups/list/");
    expect(all.map((g) => g.name)).toEqual(["External agencies", "Marketing", "Sales"]);
    expect(Object.keys(all[0]).sort()).toEqual(["id", "name"]);
    const desc = await sim().getJson<Json[]>("/api/groups/list/", { sort_order: "desc" });
    expect(desc.map((g) => g.name)).toEqual(["Sales", "Marketing", "External agencies"]);
    const found = await sim().getJson<Json[]>("/api/groups/list/", { search_term: "mark" });
    expect(found.map((g) => g.name)).toEqual(["Marketing"]);
    const page2 = await sim().getJson<Json[]>("/api/groups/list/", { limit: 2, page: 2 });
    expect(page2.map((g) => g.name)).toEqual(["Sales"]);
  });

  it("needs asset.usage:read to list and asset.usage:write to record, which the defaults lack", async () => {
    const tokenWith = async (scope: string) => {
      const res = await clientCredentialsCall(sim().sim, scope);
      expect(res.status).toBe(200);
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const [a] = assetIds();
    const defaults = api(sim().sim, await tokenWith(DEFAULT_SCOPES.replace(/\s*offline\b/, "")));
    const denied = await defaults.get("/api/media/usage", { asset_id: a });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ message: "Access denied", statuscode: 403 });
    const reader = api(sim().sim, await tokenWith("asset.usage:read"));
    expect((await reader.get("/api/media/usage", { asset_id: a })).status).toBe(200);
    const write = { integration_id: INTEGRATION, asset_id: a, uri: "https://x.example" };
    expect((await reader.form("POST", "/api/media/usage", write)).status).toBe(403);
    const writer = api(sim().sim, await tokenWith("asset.usage:write"));
    expect((await writer.form("POST", "/api/media/usage", write)).status).toBe(200);
    expect(
      (await writer.json("POST", "/api/media/usage/sync", { integration_id: "i" })).status,
    ).toBe(200);
  });
});
