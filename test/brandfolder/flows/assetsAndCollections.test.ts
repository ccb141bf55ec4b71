import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { DEFAULT_TAG_REMOVAL_MS } from "../../../simulator/brandfolder";
import { seeded, useBrandfolder, type Json } from "../simulator/helpers";

const harness = createHarness(component);

describe("assets, tags and collections against the Brandfolder simulator", () => {
  let now = Date.parse("2026-03-01T10:00:00Z");
  const api = useBrandfolder({ seedAssets: 4, clock: () => now });
  const run = async (key: string, inputs: Record<string, unknown>) => {
    const connection = {
      key: "apiKey",
      configVarKey: "c",
      fields: { apiKey: api().sim.apiKey, apiHost: api().sim.url },
    };
    return (await harness.action(key, { connection, ...inputs }))?.data as Json;
  };

  it("creates two assets in a collection, tags, renames and deletes one", async () => {
    const ids = seeded(api().sim);
    const created = await run("createAssets", {
      parent: "collections",
      parentId: ids.pressKit,
      sectionId: ids.logos,
      name: "Flow logo",
      attachmentUrls: ["https://example.com/files/flow.png"],
      moreAssets: '[{"name": "Flow banner"}]',
    });
    expect(created.data.map((a: Json) => a.attributes.name)).toEqual(["Flow logo", "Flow banner"]);
    const assetId = created.data[0].id as string;
    expect(api().sim.state.assets.get(assetId)?.collectionIds).toEqual([ids.pressKit]);
    expect(
      [...api().sim.state.attachments.values()].filter((t) => t.assetId === assetId),
    ).toHaveLength(1);

    const updated = await run("updateAsset", { assetId, description: "From a flow" });
    expect(updated.data.attributes).toMatchObject({
      name: "Flow logo",
      description: "From a flow",
    });

    const tagged = await run("addTagsToAsset", { assetId, tags: ["flow", "spring"] });
    expect(tagged.data.map((t: Json) => t.attributes.name).sort()).toEqual(["flow", "spring"]);
    const tags = await run("listAssetTags", { assetId });
    expect(tags).toMatchObject({ hasMore: false, nextPage: null });
    const flowTag = tags.data.find((t: Json) => t.attributes.name === "flow");
    const renamed = await run("updateTag", { tagId: flowTag.id, name: "flows" });
    expect(renamed.data.attributes.name).toBe("flows");

    const removed = await run("removeTagsFromAsset", { assetId, tags: ["spring"] });
    expect(removed).toMatchObject({ asynchronous: true, assetId, tags: ["spring"] });
    expect(removed.note).toMatch(/background/);
    // Brandfolder removes in the background: right after the step the tag is still there.
    const still = await run("listAssetTags", { assetId });
    expect(still.data.map((t: Json) => t.attributes.name).sort()).toEqual(["flows", "spring"]);
    now += DEFAULT_TAG_REMOVAL_MS;
    const left = await run("listAssetTags", { assetId });
    expect(left.data.map((t: Json) => t.attributes.name)).toEqual(["flows"]);

    const got = await run("getAsset", { assetId, include: "tags" });
    expect(got.data.related.tags.map((t: Json) => t.attributes.name)).toEqual(["flows"]);

    expect(await run("deleteAsset", { assetId })).toEqual({ deleted: true, id: assetId });
    expect(api().sim.state.assets.has(assetId)).toBe(false);
  });

  it("creates, lists, updates and deletes a collection", async () => {
    const ids = seeded(api().sim);
    const created = await run("createCollection", {
      brandfolderId: ids.brand,
      name: "Flow collection",
      tagline: "Made by a flow",
    });
    const collectionId = created.data.id as string;
    const inBrand = await run("listCollections", { brandfolderId: ids.brand });
    expect(inBrand.data.map((c: Json) => c.id)).toContain(collectionId);
    const inArchive = await run("listCollections", { brandfolderId: ids.archive });
    expect(inArchive.data.map((c: Json) => c.id)).not.toContain(collectionId);
    const all = await run("listCollections", {});
    expect(all.data.map((c: Json) => c.id)).toEqual(
      expect.arrayContaining([collectionId, ids.pressKit]),
    );

    const updated = await run("updateCollection", { collectionId, name: "Flow renamed" });
    expect(updated.data.attributes).toMatchObject({
      name: "Flow renamed",
      tagline: "Made by a flow",
    });
    const got = await run("getCollection", { collectionId });
    expect(got.data.attributes.name).toBe("Flow renamed");

    const tags = await run("listCollectionTags", { collectionId: ids.pressKit });
    expect(Array.isArray(tags.data)).toBe(true);
    expect(tags.meta.total_count).toBe(tags.data.length);

    expect(await run("deleteCollection", { collectionId })).toEqual({
      deleted: true,
      id: collectionId,
    });
    expect(api().sim.state.collections.has(collectionId)).toBe(false);
  });
});
