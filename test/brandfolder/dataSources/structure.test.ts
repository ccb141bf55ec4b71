import { seeded, useBrandfolder } from "../simulator/helpers";
import { useFakeClock } from "../../helpers/clock";
import {
  addBrandfolders,
  addCollections,
  addLabels,
  addSections,
  options,
  queries,
} from "./helpers";

describe("Brandfolder dropdowns of the library's structure, against the simulator", () => {
  const api = useBrandfolder();
  // Pacing waits go through the fake clock: a walk of 10 pages takes no real time.
  useFakeClock();
  const sim = () => api().sim;

  it("Select Organization lists the user's organizations by name in one page", async () => {
    const { result, requests } = await options(sim(), "selectOrganization");
    expect(result).toEqual([{ key: seeded(sim()).org, label: "Acme Inc" }]);
    expect(requests.map((r) => r.path)).toEqual(["/api/v4/organizations"]);
    expect(queries(requests)).toEqual([{ page: "1", per: "100" }]);
  });

  it("Select Brandfolder lists every Brandfolder A to Z, or only the chosen organization's", async () => {
    const ids = seeded(sim());
    const otherOrg = "org-other";
    sim().state.organizations.set(otherOrg, {
      id: otherOrg,
      name: "Other",
      slug: "o",
      tagline: "",
    });
    [...sim().state.users.values()][0].grants.set(otherOrg, "admin");
    const [elsewhere] = addBrandfolders(sim().state, otherOrg, 1, "Elsewhere");
    try {
      const all = await options(sim(), "selectBrandfolder");
      expect(all.result).toEqual([
        { key: ids.archive, label: "Acme Archive" },
        { key: ids.brand, label: "Acme Brand" },
        { key: elsewhere, label: "Elsewhere 0000" },
      ]);
      expect(queries(all.requests)).toEqual([{ page: "1", per: "100" }]);

      const ofOrg = await options(sim(), "selectBrandfolder", { organizationId: otherOrg });
      expect(ofOrg.result).toEqual([{ key: elsewhere, label: "Elsewhere 0000" }]);
      // The organization comes with each Brandfolder: the OpenAPI has no per-organization list.
      expect(ofOrg.requests.map((r) => r.path)).toEqual(["/api/v4/brandfolders"]);
      expect(queries(ofOrg.requests)).toEqual([{ include: "organization", page: "1", per: "100" }]);
    } finally {
      sim().state.brandfolders.delete(elsewhere);
      sim().state.organizations.delete(otherOrg);
    }
  });

  it("Select Brandfolder stops after 10 pages of a huge account and says so", async () => {
    const org = seeded(sim()).org;
    const extra = addBrandfolders(sim().state, org, 1_050);
    try {
      const { result, requests } = await options(sim(), "selectBrandfolder");
      expect(requests).toHaveLength(10);
      expect(result).toHaveLength(1_001);
      expect(result.at(-1)).toEqual({
        key: "",
        label: "More than 1,000 Brandfolders — type the ID instead",
      });
      // Every option of the list is a real Brandfolder; the cut is the last, key-less element.
      expect(result.slice(0, -1).every((o) => sim().state.brandfolders.has(o.key))).toBe(true);
    } finally {
      for (const id of extra) sim().state.brandfolders.delete(id);
    }
  });

  it("Select Section lists the chosen Brandfolder's sections in the Brandfolder's order", async () => {
    const ids = seeded(sim());
    const { result, requests } = await options(sim(), "selectSection", {
      brandfolderId: ids.brand,
    });
    expect(result.map((o) => o.label)).toEqual(["Logos", "Photography", "Documents"]);
    expect(result[0].key).toBe(ids.logos);
    expect(requests.map((r) => r.path)).toEqual([`/api/v4/brandfolders/${ids.brand}/sections`]);
  });

  it("Select Section reads at most 5 pages of a Brandfolder with more sections, and says so", async () => {
    const ids = seeded(sim());
    const before = new Set(sim().state.sections.keys());
    addSections(sim().state, ids.brand, 600);
    try {
      const { result, requests } = await options(sim(), "selectSection", {
        brandfolderId: ids.brand,
      });
      expect(queries(requests).map((q) => q.page)).toEqual(["1", "2", "3", "4", "5"]);
      expect(result).toHaveLength(501);
      expect(result[0].label).toBe("Logos");
      expect(result.at(-1)).toEqual({
        key: "",
        label: "More than 500 sections — type the ID instead",
      });
    } finally {
      for (const id of sim().state.sections.keys())
        if (!before.has(id)) sim().state.sections.delete(id);
    }
  });

  it("Select Collection lists every visible collection, or the chosen Brandfolder's", async () => {
    const ids = seeded(sim());
    const all = await options(sim(), "selectCollection");
    expect(all.result).toEqual([
      { key: ids.partners, label: "Partners" },
      { key: ids.pressKit, label: "Press Kit" },
    ]);
    expect(all.requests.map((r) => r.path)).toEqual(["/api/v4/collections"]);
    const inArchive = await options(sim(), "selectCollection", { brandfolderId: ids.archive });
    expect(inArchive.result).toEqual([]);
    expect(inArchive.requests.map((r) => r.path)).toEqual([
      `/api/v4/brandfolders/${ids.archive}/collections`,
    ]);
  });

  it("Select Collection stops after 10 pages and points at the Brandfolder ID", async () => {
    const ids = seeded(sim());
    const before = new Set(sim().state.collections.keys());
    addCollections(sim().state, ids.brand, 1_001);
    try {
      const { result, requests } = await options(sim(), "selectCollection", {
        brandfolderId: ids.brand,
      });
      expect(requests).toHaveLength(10);
      expect(result).toHaveLength(1_001);
      expect(result.at(-1)?.label).toBe(
        "More than 1,000 collections — choose a Brandfolder ID first, or type the ID",
      );
    } finally {
      for (const id of sim().state.collections.keys())
        if (!before.has(id)) sim().state.collections.delete(id);
    }
  });

  it("Select Label shows each label with its place in the tree, in tree order", async () => {
    const ids = seeded(sim());
    const { result } = await options(sim(), "selectLabel", { brandfolderId: ids.brand });
    expect(result.map((o) => o.label)).toEqual([
      "Campaigns",
      "Campaigns / 2026",
      "Campaigns / 2026 / Spring",
    ]);
    expect(result[2].key).toBe(ids.spring);
  });

  it("Select Label reads at most 10 pages of a huge label tree, and says so", async () => {
    const ids = seeded(sim());
    const before = new Set(sim().state.labels.keys());
    addLabels(sim().state, ids.brand, 1_000);
    try {
      const { result, requests } = await options(sim(), "selectLabel", {
        brandfolderId: ids.brand,
      });
      expect(requests).toHaveLength(10);
      expect(result).toHaveLength(1_001);
      expect(result.at(-1)).toEqual({
        key: "",
        label: "More than 1,000 labels — type the ID instead",
      });
    } finally {
      for (const id of sim().state.labels.keys())
        if (!before.has(id)) sim().state.labels.delete(id);
    }
  });
});
