import { bfApi, type Json, seeded, useBrandfolder } from "./helpers";
import { bfProblems, bfSchema } from "./schema";

describe("invitations and user permissions in the Brandfolder simulator", () => {
  const api = useBrandfolder({ seedAssets: 2 });
  let ids: ReturnType<typeof seeded>;
  beforeAll(() => {
    ids = seeded(api().sim);
  });
  /** Calls, expects 200, and checks the reply against the operation's OpenAPI schema. */
  const call = async (method: string, spec: string, path: string, body?: unknown) => {
    const res = await api().call(method, path, body);
    const text = await res.text();
    expect([path, res.status, res.status === 200 ? "" : text]).toEqual([path, 200, ""]);
    const json = JSON.parse(text) as Json;
    expect(bfProblems(json, bfSchema(method, spec))).toEqual([]);
    return json;
  };
  const invite = (a: Json) => ({ data: { attributes: a } });

  it("creates, lists, gets and deletes an invitation to a Brandfolder", async () => {
    const made = await call(
      "POST",
      "/brandfolders/{brandfolder_id}/invitations",
      `/brandfolders/${ids.brand}/invitations`,
      invite({ email: "new.person@example.com", permission_level: "collaborator" }),
    );
    const inv = made.data.attributes;
    expect(inv).toMatchObject({
      type: "invitations",
      attributes: { email: "new.person@example.com", permission_level: "collaborator" },
    });
    expect(made.meta).toEqual({ auto_accepted: false });

    const listed = await call(
      "GET",
      "/brandfolders/{brandfolder_id}/invitations",
      `/brandfolders/${ids.brand}/invitations?include=inviter,inviteable&fields=created_at`,
    );
    expect(listed.data.map((i: Json) => i.id)).toEqual([inv.id]);
    expect(listed.data[0].attributes.created_at).toMatch(/^\d{4}-/);
    expect(listed.included.map((r: Json) => r.type).sort()).toEqual(["brandfolders", "users"]);
    expect(listed.meta).toMatchObject({ total_count: 1, next_page: null });
    // Invitations of another parent are not listed here.
    const other = await call(
      "GET",
      "/organizations/{organization_id}/invitations",
      `/organizations/${ids.org}/invitations`,
    );
    expect(other.data).toEqual([]);

    const got = await call("GET", "/invitations/{invitation_id}", `/invitations/${inv.id}`);
    expect(got.data.id).toBe(inv.id);
    expect(await call("DELETE", "/invitations/{invitation_id}", `/invitations/${inv.id}`)).toEqual(
      {},
    );
    const again = await api().get(`/invitations/${inv.id}`);
    expect([again.status, await again.text()]).toEqual([
      403,
      `Invitation ${inv.id} was deleted or you do not have access to it`,
    ]);
  });

  it("pages invitations with page and per", async () => {
    for (const n of [1, 2, 3])
      await call(
        "POST",
        "/collections/{collection_id}/invitations",
        `/collections/${ids.partners}/invitations`,
        invite({ email: `p${n}@example.com`, permission_level: "guest" }),
      );
    // One to another collection: not listed under Partners.
    await call(
      "POST",
      "/collections/{collection_id}/invitations",
      `/collections/${ids.pressKit}/invitations`,
      invite({ email: "elsewhere@example.com", permission_level: "guest" }),
    );
    const second = await call(
      "GET",
      "/collections/{collection_id}/invitations",
      `/collections/${ids.partners}/invitations?page=2&per=2`,
    );
    expect(second.data.map((i: Json) => i.attributes.email)).toEqual(["p3@example.com"]);
    expect(second.meta).toMatchObject({
      current_page: 2,
      prev_page: 1,
      next_page: null,
      total_count: 3,
    });
  });

  it("refuses a bad invitation in plain text before storing it", async () => {
    const count = api().sim.state.invitations.size;
    const cases: [Json, string][] = [
      [
        { email: "nobody", permission_level: "guest" },
        "data.attributes.email must be an email address",
      ],
      [
        { email: "a@example.com", permission_level: "boss" },
        "data.attributes.permission_level must be one of guest, collaborator, admin, owner",
      ],
      [
        { email: "a@example.com", permission_level: "owner" },
        "data.attributes.permission_level owner is only valid for an organization",
      ],
      [
        { email: "a@example.com", permission_level: "guest", prevent_email: "yes" },
        "data.attributes.prevent_email must be a boolean",
      ],
    ];
    for (const [attrs, message] of cases) {
      const res = await api().call("POST", `/brandfolders/${ids.brand}/invitations`, invite(attrs));
      expect([res.status, await res.text()]).toEqual([400, message]);
    }
    expect(api().sim.state.invitations.size).toBe(count);
  });

  it("answers 404 for portals and brandguides, which the simulator has none of", async () => {
    const res = await api().get("/portals/nope/invitations");
    expect([res.status, await res.text()]).toEqual([404, "Portal nope not found"]);
  });

  it("needs admin on the parent: a guest of the collection sees neither its invitations nor permissions", async () => {
    const guest = bfApi(api().sim, api().sim.guestKey);
    for (const path of [
      `/collections/${ids.pressKit}/invitations`,
      `/collections/${ids.pressKit}/user_permissions`,
    ]) {
      const res = await guest.get(path);
      expect([path, res.status]).toEqual([path, 403]);
    }
  });

  it("lists, gets and deletes user permissions, and a deleted one revokes access", async () => {
    const guest = bfApi(api().sim, api().sim.guestKey);
    expect((await guest.get(`/collections/${ids.pressKit}`)).status).toBe(200);
    const listed = await call(
      "GET",
      "/collections/{collection_id}/user_permissions",
      `/collections/${ids.pressKit}/user_permissions`,
    );
    expect(listed.data).toHaveLength(1);
    const perm = listed.data[0];
    expect(perm.attributes).toEqual({ permission_level: "guest" });
    expect(perm.relationships.permissible.data).toEqual({ id: ids.pressKit, type: "collections" });
    const user = listed.included.find((r: Json) => r.type === "users");
    expect(user.attributes.email).toBe("gus.guest@example.com");

    const orgPerms = await call(
      "GET",
      "/organizations/{organization_id}/user_permissions",
      `/organizations/${ids.org}/user_permissions?per=1`,
    );
    expect(orgPerms.data[0].attributes.permission_level).toBe("owner");

    const got = await call(
      "GET",
      "/user_permissions/{user_permission_id}",
      `/user_permissions/${perm.id}`,
    );
    expect(got.data.id).toBe(perm.id);
    // Listing again keeps the same ids (they are made once per grant).
    const relisted = await api().ok(`/collections/${ids.pressKit}/user_permissions`);
    expect(relisted.data[0].id).toBe(perm.id);

    await call("DELETE", "/user_permissions/{user_permission_id}", `/user_permissions/${perm.id}`);
    expect((await guest.get(`/collections/${ids.pressKit}`)).status).toBe(403);
    expect((await api().get(`/user_permissions/${perm.id}`)).status).toBe(403);
  });
});
