import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { seeded, useBrandfolder } from "../simulator/helpers";

/**
 * Organizations, Brandfolders, sections and labels end to end: each action against the
 * Brandfolder simulator over loopback, reading back what a write did.
 */
const harness = createHarness(component);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("organization, Brandfolder, section and label actions against the simulator", () => {
  const api = useBrandfolder({ seedAssets: 4 });
  let ids: ReturnType<typeof seeded>;
  beforeAll(() => {
    ids = seeded(api().sim);
  });
  const run = async (key: string, inputs: Record<string, unknown>): Promise<Json> => {
    const { sim } = api();
    const connection = {
      key: "apiKey",
      configVarKey: "c",
      fields: { apiKey: sim.apiKey, apiHost: sim.url },
    };
    const result = await harness.action(key, { connection, ...inputs });
    return (result as { data: Json }).data;
  };
  const names = (list: Json) => (list.data as Json[]).map((x) => x.attributes.name);

  it("gets the organization it lists", async () => {
    const orgs = await run("listOrganizations", {});
    const org = await run("getOrganization", {
      organizationId: ids.org,
      includeBrandfolders: true,
    });
    expect(org.data.id).toBe(ids.org);
    expect((org.data.related.brandfolders as Json[]).map((b) => b.id)).toContain(ids.brand);
    expect(org.data.attributes.name).toBe(orgs.data[0].attributes.name);
  });

  it("creates a Brandfolder, updates only what is given, and finds it listed", async () => {
    const made = await run("createBrandfolder", {
      organizationId: ids.org,
      name: "Flow Brand",
      privacy: "stealth",
      tagline: "made by a flow",
    });
    expect(made.data.attributes).toEqual({
      name: "Flow Brand",
      privacy: "stealth",
      slug: "flow-brand",
      tagline: "made by a flow",
    });
    const updated = await run("updateBrandfolder", {
      brandfolderId: made.data.id,
      tagline: "changed",
    });
    expect(updated.data.attributes).toMatchObject({ name: "Flow Brand", tagline: "changed" });
    const read = await run("getBrandfolder", { brandfolderId: made.data.id });
    expect(read.data.attributes.tagline).toBe("changed");
    expect(names(await run("listBrandfolders", {}))).toContain("Flow Brand");
  });

  it("lists a Brandfolder's tags with auto_generated, paging over meta", async () => {
    const all = await run("listBrandfolderTags", { brandfolderId: ids.brand });
    expect(all.data.length).toBeGreaterThan(1);
    expect(typeof all.data[0].attributes.auto_generated).toBe("boolean");
    const first = await run("listBrandfolderTags", { brandfolderId: ids.brand, per: "1" });
    expect(first.data).toHaveLength(1);
    expect(first.meta).toMatchObject({ current_page: 1, next_page: 2 });
    const second = await run("listBrandfolderTags", {
      brandfolderId: ids.brand,
      per: "1",
      page: String(first.meta.next_page),
    });
    expect(second.data[0].id).toBe(all.data[1].id);
  });

  it("fetches every label over meta pages, and says so when Max Items cuts the walk", async () => {
    const { sim } = api();
    const base = [...sim.state.labels.values()].find((l) => l.id === ids.spring)!;
    // More labels than one page of 3000 holds, written straight into the simulator's state.
    for (let i = 0; i < 3005; i++) {
      const id = `bulk-label-${i}`;
      sim.state.labels.set(id, {
        ...base,
        id,
        parentId: undefined,
        name: `Bulk ${i}`,
        position: i,
      });
    }
    try {
      const all = await run("listLabels", { brandfolderId: ids.brand, fetchAll: "true" });
      const count = [...sim.state.labels.values()].filter((l) => l.brandfolderId === ids.brand);
      expect(all.data).toHaveLength(count.length);
      expect(new Set((all.data as Json[]).map((l) => l.id)).size).toBe(count.length);
      expect(all).toMatchObject({ complete: true, truncated: null });
      const cut = await run("listLabels", {
        brandfolderId: ids.brand,
        fetchAll: "true",
        maxItems: "3001",
      });
      expect(cut.complete).toBe(false);
      expect(cut.truncated.reason).toMatch(/Max Items \(3,001 labels\)/);
    } finally {
      for (let i = 0; i < 3005; i++) sim.state.labels.delete(`bulk-label-${i}`);
    }
  });

  it("creates a section, gets it and lists it last", async () => {
    const made = await run("createSection", {
      brandfolderId: ids.brand,
      name: "Flow Fonts",
      defaultAssetType: "Font",
    });
    expect(made.data.attributes).toMatchObject({ name: "Flow Fonts", default_asset_type: "Font" });
    const got = await run("getSection", { sectionId: made.data.id });
    expect(got.data.attributes.name).toBe("Flow Fonts");
    const listed = names(await run("listSections", { brandfolderId: ids.brand }));
    expect(listed[listed.length - 1]).toBe("Flow Fonts");
    expect(listed).toContain("Logos");
  });

  it("builds, renames, moves and deletes labels in the tree", async () => {
    const parent = await run("createLabel", { brandfolderId: ids.brand, name: "Flow Parent" });
    const child = await run("createLabel", {
      brandfolderId: ids.brand,
      name: "Flow Child",
      parentLabelId: parent.data.id,
    });
    expect(child.data.attributes).toMatchObject({
      path: [child.data.id, parent.data.id],
      depth: 2,
    });
    const renamed = await run("updateLabel", { labelId: child.data.id, name: "Flow Kid" });
    expect(renamed.data.attributes.name).toBe("Flow Kid");
    const moved = await run("moveLabel", { labelId: parent.data.id, parentLabelId: ids.spring });
    expect(moved.data.attributes.path.slice(0, 2)).toEqual([parent.data.id, ids.spring]);
    const kid = await run("getLabel", { labelId: child.data.id });
    expect(kid.data.attributes.path.slice(0, 3)).toEqual([
      child.data.id,
      parent.data.id,
      ids.spring,
    ]);
    expect(await run("deleteLabel", { labelId: parent.data.id })).toEqual({
      deleted: true,
      id: parent.data.id,
    });
    // The child went with its parent, and reading it now says it may have been deleted.
    await expect(run("getLabel", { labelId: child.data.id })).rejects.toThrow(/403.*deleted/s);
    const left = names(await run("listLabels", { brandfolderId: ids.brand }));
    expect(left).toContain("Spring");
    expect(left).not.toContain("Flow Parent");
    expect(left).not.toContain("Flow Kid");
  });

  it("refuses a label as its own parent before any request", async () => {
    const before = api().sim.state.labels.get(ids.spring)?.parentId;
    await expect(
      run("moveLabel", { labelId: ids.spring, parentLabelId: ` ${ids.spring} ` }),
    ).rejects.toThrow(/Parent Label ID.*is the label being moved/);
    expect(api().sim.state.labels.get(ids.spring)?.parentId).toBe(before);
  });

  it("refuses an update with nothing to change before any request", async () => {
    await expect(run("updateBrandfolder", { brandfolderId: ids.brand, name: " " })).rejects.toThrow(
      /Name.*nothing to update/,
    );
  });

  it("refuses a section type Brandfolder does not have, naming the input", async () => {
    await expect(
      run("createSection", { brandfolderId: ids.brand, name: "X", defaultAssetType: "Video" }),
    ).rejects.toThrow(/Default Asset Type/);
  });
});
