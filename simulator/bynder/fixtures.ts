import { md5Hex, rngBytes } from "../core/ids";
import { bynderId } from "./ids";
import type { Seeder } from "./seed";
import type { Metaproperty, MetapropertyType, SimEnv } from "./state";
import { hashPassword } from "./resources/admin/users";

/** The reference data every simulated portal starts with. */
export function loadFixtures(env: SimEnv, seeder: Seeder, rng: () => number): void {
  const { state } = env;
  const id = () => bynderId(rngBytes(rng, 16));
  const now = env.clock();

  const admin = {
    id: id(),
    name: "Admin",
    roles: [
      "MEDIAVIEW",
      "MEDIAEDIT",
      "MEDIAUPLOAD",
      "MEDIAHIGHRES",
      "MEDIAREMOVE",
      "USERMANAGEMENT",
      "GROUPMANAGEMENT",
      "PERMISSIONMANAGEMENT",
      "CAMPAIGNADD",
      "JOBADD",
    ],
  };
  const member = { id: id(), name: "Member", roles: ["MEDIAVIEW", "MEDIAHIGHRES"] };
  state.profiles.set(admin.id, admin);
  state.profiles.set(member.id, member);

  state.brands.push(
    {
      id: id(),
      name: "Simulated Brand",
      description: "Main brand",
      subBrands: [{ id: id(), name: "Sub brand EU", description: "Europe" }],
    },
    { id: id(), name: "Second Brand", description: "Secondary brand", subBrands: [] },
  );

  const current = {
    id: id(),
    username: "api.user@example.com",
    email: "api.user@example.com",
    firstname: "Api",
    infix: "",
    lastname: "User",
    profileId: admin.id,
    active: true,
    isSSOOnly: false,
    language: "en_US",
    groupIds: [],
    phoneNumber: "",
    companyName: "Simulated Inc.",
    department: "IT",
    job: "Integration",
    costCenter: "",
    passwordHash: hashPassword("not-used"),
    lastLogin: now,
  };
  state.users.set(current.id, current);
  state.currentUserId = current.id;
  seeder.users(2);

  const mp = (
    name: string,
    label: string,
    type: MetapropertyType,
    multi: boolean,
    options: string[],
  ): void => {
    const m: Metaproperty = {
      id: id(),
      name,
      label,
      type,
      isMultiselect: multi,
      isRequired: false,
      isFilterable: true,
      isMainfilter: type === "select",
      isEditable: true,
      zindex: state.metaproperties.size + 1,
      options: options.map((o, i) => ({
        id: id(),
        name: o,
        label: o,
        zindex: i + 1,
        isSelectable: true,
        externalReference: "",
        labels: { en_US: o },
        date: now,
      })),
    };
    state.metaproperties.set(m.id, m);
  };
  mp("Colour", "Colour", "select", true, ["Red", "Green", "Blue", "Yellow"]);
  mp("Region", "Region", "select2", false, ["EMEA", "APAC", "AMER"]);
  mp("Channel", "Channel", "autocomplete", true, ["Web", "Print", "Social"]);
  mp("CampaignCode", "Campaign code", "text", false, []);
  mp("Notes", "Notes", "longtext", false, []);
  mp("ExpiryDate", "Expiry date", "date", false, []);

  seeder.tags("logo", "product", "lifestyle", "banner", "social");
  seeder.collections(2);

  const preset = {
    ID: id(),
    name: "Standard review",
    wf_uuid: id(),
    stages: [
      { ID: id(), name: "Briefing", position: 1, type: "upload" },
      { ID: id(), name: "Review", position: 2, type: "approval" },
      { ID: id(), name: "Delivery", position: 3, type: "download" },
    ],
  };
  state.presets.set(preset.ID, preset);
  const quick = {
    ID: id(),
    name: "Quick approval",
    wf_uuid: id(),
    stages: [{ ID: id(), name: "Approve", position: 1, type: "approval" }],
  };
  state.presets.set(quick.ID, quick);

  for (const [name, key] of [
    ["Spring launch", "SPRL"],
    ["Brand refresh", "BRRF"],
  ]) {
    const cid = id();
    state.campaigns.set(cid, {
      ID: cid,
      name,
      key,
      description: `${name} campaign`,
      dateStart: "2024-03-01T00:00:00+00:00",
      deadline: "2024-06-30T00:00:00",
      closed: false,
      responsibleID: current.id,
      presetID: preset.ID,
      accountID: current.id,
      createdByID: current.id,
      dateCreated: now - 60 * 86_400_000,
      dateModified: now,
      campaignMetaproperties: {},
    });
  }
  const jobs = seeder.jobs(3);
  for (const [i, file] of ["hero-banner.png", "hero-banner-v2.png"].entries()) {
    state.jobMedia.push({
      id: id(),
      jobId: jobs[0].id,
      filename: file,
      status: i === 0 ? "Approved" : "AwaitingApproval",
      version: i + 1,
      dateCreated: now,
      dateModified: now,
    });
  }
  seeder.orders(3);
  // Ids derived from the name, not the PRNG, so later seeded ids do not shift.
  for (const name of ["Marketing", "Sales", "External agencies"]) {
    const gid = bynderId(Buffer.from(md5Hex(`group:${name}`), "hex"));
    state.groups.set(gid, { id: gid, name });
  }
}
