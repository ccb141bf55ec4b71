import { bfApi, seeded, useBrandfolder } from "./helpers";

describe("the Brandfolder simulator's API keys and permissions", () => {
  const api = useBrandfolder();
  const guest = () => bfApi(api().sim, api().sim.guestKey);

  it("answers 401 in plain text for a missing or unknown key", async () => {
    for (const authorization of ["", "Bearer nope", "sim-brandfolder-key"]) {
      const res = await fetch(`${api().sim.url}/api/v4/brandfolders`, {
        headers: { authorization },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(await res.text()).toBe("Invalid or missing API key");
    }
  });

  it("tells who a key belongs to on GET /users/whoami", async () => {
    const me = await api().ok("/users/whoami");
    expect(me.data).toMatchObject({
      type: "users",
      attributes: { email: "ada.admin@example.com" },
    });
    expect((await guest().ok("/users/whoami")).data.attributes.email).toBe("gus.guest@example.com");
  });

  it("shows the organization owner everything and a collection guest only that collection", async () => {
    const ids = seeded(api().sim);
    expect((await api().ok("/brandfolders")).data).toHaveLength(2);
    expect((await guest().ok("/brandfolders")).data).toEqual([]);
    expect((await guest().ok("/organizations")).data).toEqual([]);
    expect((await guest().ok("/collections")).data.map((c: { id: string }) => c.id)).toEqual([
      ids.pressKit,
    ]);
    const inKit = (await guest().ok(`/collections/${ids.pressKit}/assets`)).data;
    expect(inKit.length).toBeGreaterThan(0);
    expect((await guest().ok(`/assets/${inKit[0].id}`)).data.id).toBe(inKit[0].id);
  });

  it("answers 403 for what the key cannot see, naming it", async () => {
    const ids = seeded(api().sim);
    const outside = api().sim.state.assets.get(ids.assets[1])!;
    expect(outside.collectionIds).toEqual([]);
    for (const path of [
      `/brandfolders/${ids.brand}`,
      `/assets/${outside.id}`,
      `/collections/${ids.partners}/assets`,
    ]) {
      const res = await guest().get(path);
      expect([path, res.status]).toEqual([path, 403]);
      expect(await res.text()).toMatch(
        /^You do not have access to (Brandfolder|Asset|Collection) /,
      );
    }
  });

  it("answers 404 for an id that never existed and 403 for a deleted one", async () => {
    expect((await api().get("/assets/no-such-asset")).status).toBe(404);
    const ids = seeded(api().sim);
    const value = [...api().sim.state.customFieldValues.values()][0];
    expect((await api().call("DELETE", `/custom_field_values/${value.id}`)).status).toBe(200);
    const res = await api().call("PUT", `/custom_field_values/${value.id}`, {
      data: { attributes: { value: "red" } },
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(
      `Custom field value ${value.id} was deleted or you do not have access to it`,
    );
    expect(ids.color).toBeTruthy();
  });

  it("refuses a Brandfolder guest what needs collaborator or admin, naming the level", async () => {
    const ids = seeded(api().sim);
    const grants = new Map([[ids.brand, "guest" as const]]);
    const viewer = {
      id: "viewer-1",
      email: "vi.viewer@example.com",
      firstName: "vi",
      lastName: "viewer",
      apiKey: "viewer-key",
      grants,
    };
    api().sim.state.users.set(viewer.id, viewer);
    const as = bfApi(api().sim, "viewer-key");
    expect(
      (await as.ok(`/brandfolders/${ids.brand}/custom_field_keys`)).data.length,
    ).toBeGreaterThan(0);
    const key = await as.call("POST", `/brandfolders/${ids.brand}/custom_field_keys`, {
      data: { attributes: [{ name: "x" }] },
    });
    expect([key.status, await key.text()]).toEqual([
      403,
      `Brandfolder ${ids.brand} needs admin permission or more; you are guest`,
    ]);
    const value = await as.call("POST", `/custom_field_keys/${ids.campaign}/custom_field_values`, {
      data: [
        {
          attributes: { value: "Fall" },
          relationships: { asset: { data: { type: "assets", id: ids.assets[0] } } },
        },
      ],
    });
    expect([value.status, await value.text()]).toEqual([
      403,
      `Asset ${ids.assets[0]} needs collaborator permission or more; you are guest`,
    ]);
  });

  it("refuses writes below the needed level with 403", async () => {
    const ids = seeded(api().sim);
    const res = await guest().call("POST", `/brandfolders/${ids.brand}/custom_field_keys`, {
      data: { attributes: [{ name: "x" }] },
    });
    expect(res.status).toBe(403);
    const asset = (await guest().ok(`/collections/${ids.pressKit}/assets`)).data[0].id as string;
    const value = await guest().call(
      "POST",
      `/custom_field_keys/${ids.campaign}/custom_field_values`,
      {
        data: [
          {
            attributes: { value: "Fall" },
            relationships: { asset: { data: { type: "assets", id: asset } } },
          },
        ],
      },
    );
    // The key's Brandfolder is not visible to a collection guest.
    expect(value.status).toBe(403);
  });
});
