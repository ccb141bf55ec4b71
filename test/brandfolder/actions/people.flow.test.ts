import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/brandfolder";
import { seeded, useBrandfolder } from "../simulator/helpers";

/** Attachments, invitations and user permissions end to end, against the simulator over loopback. */
const harness = createHarness(component);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("attachment, invitation and user permission actions against the simulator", () => {
  const api = useBrandfolder({ seedAssets: 2 });
  const run = async (key: string, inputs: Json, apiKey = api().sim.apiKey) => {
    const connection = {
      key: "apiKey",
      configVarKey: "c",
      fields: { apiKey, apiHost: api().sim.url, requestsPerSecond: "10" },
    };
    const result = await harness.action(key, { connection, ...inputs });
    return (result as { data: Json }).data;
  };

  it("gets, renames and deletes an attachment", async () => {
    const sim = api().sim;
    const assetId = seeded(sim).assets[0];
    const attachment = [...sim.state.attachments.values()].find((t) => t.assetId === assetId)!;
    const got = await run("getAttachment", {
      attachmentId: attachment.id,
      include: ["asset", "section", "tags"],
      fields: ["extension", "tag_names"],
    });
    expect(got.data.attributes.filename).toBe(attachment.filename);
    expect(got.data.related.asset.id).toBe(assetId);
    expect(got.data.related.section.id).toBe(sim.state.assets.get(assetId)!.sectionId);
    const tagNames = [...sim.state.tags.values()].filter((t) => t.assetId === assetId);
    expect(got.data.attributes.tag_names).toEqual(tagNames.map((t) => t.name));
    expect(got.data.related.tags.map((t: Json) => t.id)).toEqual(tagNames.map((t) => t.id));

    const renamed = await run("updateAttachment", {
      attachmentId: attachment.id,
      filename: "renamed.png",
    });
    expect(renamed.data.attributes.filename).toBe("renamed.png");

    expect(await run("deleteAttachment", { attachmentId: attachment.id })).toEqual({
      deleted: true,
      id: attachment.id,
    });
    await expect(run("getAttachment", { attachmentId: attachment.id })).rejects.toThrow(
      /403.*deleted/s,
    );
  });

  it("refuses an attachment update with nothing to change or a non-http URL, sending nothing", async () => {
    const sim = api().sim;
    const before = sim.requests.length;
    await expect(run("updateAttachment", { attachmentId: "x1" })).rejects.toThrow(
      `Input "Filename" or File URL must be given: there is nothing to update.`,
    );
    await expect(
      run("updateAttachment", { attachmentId: "x1", url: "ftp://example.com/a.png" }),
    ).rejects.toThrow(`Input "File URL" must be an http(s) address, not ftp:.`);
    expect(sim.requests.length).toBe(before);
  });

  it("invites to a Brandfolder, lists, gets and withdraws the invitation", async () => {
    const { brand } = seeded(api().sim);
    const made = await run("createInvitation", {
      parentKind: "brandfolders",
      parentId: brand,
      email: "new.person@example.com",
      permissionLevel: "collaborator",
      preventEmail: "true",
    });
    expect(made.data).toMatchObject({
      type: "invitations",
      attributes: { email: "new.person@example.com", permission_level: "collaborator" },
    });
    const id = made.data.id as string;

    const listed = await run("listInvitations", {
      parentKind: "brandfolders",
      parentId: brand,
      includeInviter: "true",
    });
    expect(listed.data.map((i: Json) => i.id)).toEqual([id]);
    expect(listed.data[0].related.inviter.attributes.email).toBe("ada.admin@example.com");
    expect(listed.meta.total_count).toBe(1);

    expect((await run("getInvitation", { invitationId: id })).data.id).toBe(id);
    expect(await run("deleteInvitation", { invitationId: id })).toEqual({ deleted: true, id });
  });

  it("refuses Owner outside an organization before any request", async () => {
    const sim = api().sim;
    const before = sim.requests.length;
    await expect(
      run("createInvitation", {
        parentKind: "collections",
        parentId: seeded(sim).partners,
        email: "x@example.com",
        permissionLevel: "owner",
      }),
    ).rejects.toThrow(
      `Input "Permission Level" is Owner, which only an Organization invitation can grant.`,
    );
    expect(sim.requests.length).toBe(before);
  });

  it("lists a collection's user permissions with each user, gets one and deletes it", async () => {
    const { pressKit } = seeded(api().sim);
    const listed = await run("listUserPermissions", {
      parentKind: "collections",
      parentId: pressKit,
    });
    const perm = listed.data[0];
    expect(perm.related.user.attributes.email).toBe("gus.guest@example.com");
    const got = await run("getUserPermission", { userPermissionId: perm.id });
    expect(got.data.attributes.permission_level).toBe("guest");
    expect(await run("deleteUserPermission", { userPermissionId: perm.id })).toEqual({
      deleted: true,
      id: perm.id,
    });
    const after = await run("listUserPermissions", {
      parentKind: "collections",
      parentId: pressKit,
    });
    expect(after.data).toEqual([]);
  });
});
