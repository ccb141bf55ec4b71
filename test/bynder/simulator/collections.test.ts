import { type Json, useSimulator } from "./helpers";

type Collection = Json & { id: string; name: string; collectionCount: number };

describe("collections", () => {
  const sim = useSimulator({ seedAssets: 6 });

  async function create(name: string): Promise<Collection> {
    const res = await sim().form("POST", "/api/v4/collections/", {
      name,
      description: "Made in a test",
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ message: "Created", statuscode: 201 });
    const [found] = await sim().getJson<Collection[]>("/api/v4/collections/", { keyword: name });
    // Only the Location header names the new collection.
    expect(res.headers.get("location")).toBe(`${sim().sim.url}/api/v4/collections/${found.id}/`);
    return found;
  }

  it("creates a collection named by the Location header and found by keyword", async () => {
    const c = await create("Launch assets");
    expect(c).toMatchObject({
      name: "Launch assets",
      description: "Made in a test",
      collectionCount: 0,
      isPublic: false,
    });
    expect(c.dateCreated).toMatch(/^[A-Z][a-z]+, \d{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
  });

  it("requires a name", async () => {
    const res = await sim().form("POST", "/api/v4/collections/", { description: "no name" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      message: "Collection name can't be empty",
      statuscode: 400,
    });
  });

  it("wraps the list with a count when count=1", async () => {
    const body = await sim().getJson<{ collections: Collection[]; count: number }>(
      "/api/v4/collections/",
      { count: 1, limit: 1 },
    );
    expect(body.collections).toHaveLength(1);
    expect(body.count).toBeGreaterThanOrEqual(3);
  });

  it("adds and removes assets and reports them as a list of ids", async () => {
    const c = await create("Asset holder");
    const ids = (await sim().getJson<{ id: string }[]>("/api/v4/media/", { limit: 3 })).map(
      (a) => a.id,
    );
    const add = await sim().form("POST", `/api/v4/collections/${c.id}/media/`, {
      data: JSON.stringify(ids),
    });
    expect(add.status).toBe(202);
    expect(await sim().getJson<string[]>(`/api/v4/collections/${c.id}/media/`)).toEqual(ids);
    const viaMedia = await sim().getJson<{ id: string }[]>("/api/v4/media/", {
      collectionId: c.id,
    });
    expect(viaMedia.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(
      (
        await sim().del(`/api/v4/collections/${c.id}/media/`, {
          deleteIds: ids.slice(0, 2).join(","),
        })
      ).status,
    ).toBe(204);
    expect(await sim().getJson<string[]>(`/api/v4/collections/${c.id}/media/`)).toEqual([ids[2]]);
  });

  it("modifies, reads and deletes a collection", async () => {
    const c = await create("Temporary");
    expect(
      (
        await sim().form("POST", `/api/v4/collections/${c.id}/`, {
          name: "Renamed",
          isPublic: "true",
        })
      ).status,
    ).toBe(201);
    expect(await sim().getJson<Json>(`/api/v4/collections/${c.id}/`)).toMatchObject({
      name: "Renamed",
      isPublic: true,
      views: 1,
    });
    expect((await sim().del(`/api/v4/collections/${c.id}/`)).status).toBe(204);
    const gone = await sim().get(`/api/v4/collections/${c.id}/`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ message: "Collection not found", statuscode: 404 });
  });

  it("shares only with recipients, groups or profiles and a valid collectionOptions", async () => {
    const c = await create("Shared");
    const noOne = await sim().form("POST", `/api/v4/collections/${c.id}/share/`, {
      collectionOptions: "view",
    });
    expect(noOne.status).toBe(400);
    const noOptions = await sim().form("POST", `/api/v4/collections/${c.id}/share/`, {
      recipients: "a@example.com",
    });
    expect(noOptions.status).toBe(400);
    expect(await noOptions.json()).toMatchObject({
      message: expect.stringContaining("collectionOptions"),
    });
    const ok = await sim().form("POST", `/api/v4/collections/${c.id}/share/`, {
      recipients: "a@example.com,b@example.com",
      collectionOptions: "edit",
      sendMail: "true",
      message: "Have a look",
    });
    expect(ok.status).toBe(202);
    expect(await sim().getJson<Json>(`/api/v4/collections/${c.id}/`)).toMatchObject({
      sharedWith: ["a@example.com", "b@example.com"],
    });
  });

  it("rejects a JSON body on a v4 form endpoint instead of ignoring it", async () => {
    const res = await sim().json("POST", "/api/v4/collections/", { name: "JSON" });
    expect(res.status).toBe(400);
  });
});
