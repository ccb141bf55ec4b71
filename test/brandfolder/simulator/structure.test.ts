import { bfApi, type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema } from "./schema";

describe("Brandfolder, section, collection, label and attachment writes in the simulator", () => {
  const api = useBrandfolder({ seedAssets: 4 });
  let ids: ReturnType<typeof seeded>;
  beforeAll(() => {
    ids = seeded(api().sim);
  });
  /** Calls, expects 200, and checks the reply against `schema` (default: the operation's own). */
  const call = async (
    method: string,
    spec: string,
    path: string,
    body?: unknown,
    schema = bfSchema(method, spec),
  ) => {
    const res = await api().call(method, path, body);
    const text = await res.text();
    expect([path, res.status, res.status === 200 ? "" : text]).toEqual([path, 200, ""]);
    const json = JSON.parse(text) as Json;
    expect(bfProblems(json, schema)).toEqual([]);
    return json;
  };
  const attributes = (a: Json) => ({ data: { attributes: a } });

  it("creates and updates a Brandfolder in the organization", async () => {
    const made = await call(
      "POST",
      "/organizations/{organization_id}/brandfolders",
      `/organizations/${ids.org}/brandfolders`,
      attributes({ name: "New Brand" }),
    );
    expect(made.data.attributes).toEqual({
      name: "New Brand",
      privacy: "private",
      slug: "new-brand",
      tagline: "",
    });
    const upd = await call(
      "PUT",
      "/brandfolders/{brandfolder_id}",
      `/brandfolders/${made.data.id}`,
      attributes({ tagline: "Hi" }),
    );
    expect(upd.data.attributes).toMatchObject({ name: "New Brand", tagline: "Hi" });
    const bad = await api().call(
      "POST",
      `/organizations/${ids.org}/brandfolders`,
      attributes({ name: 5 }),
    );
    expect([bad.status, await bad.text()]).toEqual([400, "data.attributes.name must be a string"]);
  });

  it("creates a section, refusing an asset type Brandfolder does not have", async () => {
    const made = await call(
      "POST",
      "/brandfolders/{brandfolder_id}/sections",
      `/brandfolders/${ids.brand}/sections`,
      attributes({ name: "Fonts", default_asset_type: "Font" }),
    );
    expect(made.data.attributes).toEqual({
      name: "Fonts",
      default_asset_type: "Font",
      position: 3,
    });
    const bad = await api().call(
      "POST",
      `/brandfolders/${ids.brand}/sections`,
      attributes({ name: "X", default_asset_type: "Video" }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(
      /^data\.attributes\.default_asset_type must be one of GenericFile, Color/,
    );
  });

  it("creates, updates and deletes a collection; its assets stay in the Brandfolder", async () => {
    // The file's POST schema lacks the `data` wrapper its siblings have: checked as GET one.
    const made = await call(
      "POST",
      "/brandfolders/{brandfolder_id}/collections",
      `/brandfolders/${ids.brand}/collections`,
      attributes({ name: "Launch Kit" }),
      bfSchema("get", "/collections/{collection_id}"),
    );
    const id = made.data.id as string;
    await call(
      "PUT",
      "/collections/{collection_id}",
      `/collections/${id}`,
      attributes({ name: "Launch Kit 2" }),
    );
    api().sim.state.assets.get(ids.assets[0])!.collectionIds.push(id);
    expect(await call("DELETE", "/collections/{collection_id}", `/collections/${id}`)).toEqual({});
    expect((await api().get(`/collections/${id}`)).status).toBe(403);
    expect(api().sim.state.assets.get(ids.assets[0])!.collectionIds).not.toContain(id);
    expect((await api().get(`/assets/${ids.assets[0]}`)).status).toBe(200);
  });

  it("builds a label tree: create under a parent, rename, move, and delete with its children", async () => {
    const root = await call(
      "POST",
      "/brandfolders/{brandfolder_id}/labels",
      `/brandfolders/${ids.brand}/labels`,
      attributes({ name: "Regions" }),
    );
    const eu = await call(
      "POST",
      "/brandfolders/{brandfolder_id}/labels",
      `/brandfolders/${ids.brand}/labels`,
      attributes({ name: "EU", parent_key: root.data.id }),
    );
    expect(eu.data.attributes).toEqual({
      name: "EU",
      path: [eu.data.id, root.data.id],
      position: 0,
      depth: 2,
    });
    // The file's PUT schema names its object `default_asset_type`, not `data`: checked as GET one.
    const renamed = await call(
      "PUT",
      "/labels/{label_id}",
      `/labels/${eu.data.id}`,
      attributes({ name: "Europe" }),
      bfSchema("get", "/labels/{label_id}"),
    );
    expect(renamed.data.attributes).toMatchObject({
      name: "Europe",
      path: [eu.data.id, root.data.id],
    });
    const moved = await call(
      "PUT",
      "/labels/{label_id}/move",
      `/labels/${eu.data.id}/move`,
      attributes({ parent_key: ids.spring }),
    );
    expect(moved.data.attributes.path).toEqual([eu.data.id, ids.spring, ids.y2026, ids.campaigns]);
    const loop = await api().call(
      "PUT",
      `/labels/${root.data.id}/move`,
      attributes({ parent_key: root.data.id }),
    );
    expect([loop.status, await loop.text()]).toEqual([
      400,
      "data.attributes.parent_key cannot be the label itself or one of its children",
    ]);
    const year = [...api().sim.state.labels.values()].find((l) => l.name === "2026")!.id;
    expect(await call("DELETE", "/labels/{label_id}", `/labels/${year}`)).toEqual({});
    for (const gone of [year, ids.spring, eu.data.id])
      expect((await api().get(`/labels/${gone}`)).status).toBe(403);
    expect([...api().sim.state.assets.values()].some((a) => a.labelIds.includes(ids.spring))).toBe(
      false,
    );
  });

  it("renames and deletes an attachment", async () => {
    const attachment = (await api().ok(`/assets/${ids.assets[1]}/attachments`)).data[0]
      .id as string;
    const upd = await call(
      "PUT",
      "/attachments/{attachment_id}",
      `/attachments/${attachment}`,
      attributes({ filename: "renamed.png" }),
    );
    expect(upd.data.attributes.filename).toBe("renamed.png");
    expect(
      await call("DELETE", "/attachments/{attachment_id}", `/attachments/${attachment}`),
    ).toEqual({});
    expect((await api().get(`/attachments/${attachment}`)).status).toBe(403);
  });

  it("refuses these writes to a collection guest with 403", async () => {
    const guest = bfApi(api().sim, api().sim.guestKey);
    for (const [method, path] of [
      ["POST", `/brandfolders/${ids.brand}/collections`],
      ["PUT", `/collections/${ids.pressKit}`],
      ["POST", `/brandfolders/${ids.brand}/labels`],
    ]) {
      const res = await guest.call(method, path, attributes({ name: "x" }));
      expect([path, res.status]).toEqual([path, 403]);
    }
  });
});
