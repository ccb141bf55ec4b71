import { CAMPAIGN_ID, campaignExample } from "../../../src/bynder/examplePayloads/campaigns";
import { collectionExample } from "../../../src/bynder/examplePayloads/collections";
import { jobExample, workflowUserListExample } from "../../../src/bynder/examplePayloads/jobs";
import { picklist } from "../../helpers/dataSources";
import { recordPortal } from "../../helpers/recorder";

const query = (pairs: [string, string][]) => Object.fromEntries(pairs);
const pageOf = (prefix: string, size: number, page: string | undefined) =>
  Array.from({ length: size }, (_, i) => ({
    id: `${prefix}-${page}-${i}`,
    name: `${prefix} ${page}-${i}`,
  }));

describe("selectCollection", () => {
  it("reads at most 10 pages of 100, newest first, then says to search or type the ID", async () => {
    const portal = recordPortal((r) => [200, pageOf("C", 100, query(r.query).page)]);
    const result = await picklist("selectCollection", { search: "" });
    portal.stop();
    expect(portal.requests).toHaveLength(10);
    expect(query(portal.requests[9].query)).toEqual({
      orderBy: "dateCreated desc",
      page: "10",
      limit: "100",
    });
    expect(result).toHaveLength(1001);
    // Bynder's order (newest first) is kept; the cut is said in a last, key-less element.
    expect(result[0]).toEqual({ key: "C-1-0", label: "C 1-0" });
    expect(result[1000]).toEqual({
      key: "",
      label: "More than 1,000 collections — type a Search keyword or the ID",
    });
  });

  it("searches by keyword and stops on a short page", async () => {
    const portal = recordPortal(() => [200, [collectionExample]]);
    const result = await picklist("selectCollection", { search: "spring" });
    portal.stop();
    expect(portal.requests.map((r) => `${r.path} ${new URLSearchParams(r.query)}`)).toEqual([
      "/api/v4/collections/ keyword=spring&orderBy=dateCreated+desc&page=1&limit=100",
    ]);
    expect(result).toEqual([{ key: collectionExample.id, label: "Spring launch" }]);
  });
});

describe("selectGroup", () => {
  it("reads at most 20 pages of 20 groups from /api/groups/list/, matching the search", async () => {
    const portal = recordPortal((r) => [200, pageOf("G", 20, query(r.query).page)]);
    const result = await picklist("selectGroup", { search: "Mark" });
    portal.stop();
    expect(portal.requests).toHaveLength(20);
    expect(portal.requests[0].path).toBe("/api/groups/list/");
    expect(query(portal.requests[0].query)).toEqual({
      search_term: "Mark",
      sort_order: "asc",
      page: "1",
      limit: "20",
    });
    expect(result.at(-1)?.label).toBe("More than 400 groups — type a Search keyword or the ID");
  });
});

describe("selectCampaign and selectWorkflowUser", () => {
  it("list campaigns in one request, by name with key, closed ones marked", async () => {
    const closed = { ...campaignExample, ID: "C-2", name: "Autumn", key: "AUT", closed: true };
    const portal = recordPortal(() => [200, [campaignExample, closed]]);
    const result = await picklist("selectCampaign");
    portal.stop();
    expect(portal.requests.map((r) => r.path)).toEqual(["/api/workflow/campaigns"]);
    expect(result).toEqual([
      { key: "C-2", label: "Autumn [AUT] (closed)" },
      { key: CAMPAIGN_ID, label: "Spring launch 2026 [SPR6]" },
    ]);
  });

  it("list workflow users (not asset-bank users) in one request, labelled with their email", async () => {
    const portal = recordPortal(() => [200, workflowUserListExample]);
    const result = await picklist("selectWorkflowUser");
    portal.stop();
    expect(portal.requests.map((r) => r.path)).toEqual(["/api/workflow/users/"]);
    expect(result).toEqual([
      { key: workflowUserListExample[0].ID, label: "Jane Doe <jane.doe@acme.com>" },
    ]);
  });
});

describe("selectJob", () => {
  it("lists the chosen campaign's jobs, most recently modified first, within 10 requests", async () => {
    const portal = recordPortal((r) => [200, pageOf("J", 100, query(r.query).page)]);
    const result = await picklist("selectJob", { campaignId: CAMPAIGN_ID });
    portal.stop();
    expect(portal.requests).toHaveLength(10);
    expect(new Set(portal.requests.map((r) => r.path))).toEqual(
      new Set([`/api/workflow/campaigns/${CAMPAIGN_ID}/jobs`]),
    );
    expect(query(portal.requests[0].query)).toEqual({
      orderBy: "dateModified desc",
      page: "1",
      limit: "100",
    });
    expect(result.at(-1)).toEqual({ key: "", label: "More than 1,000 jobs — type the ID instead" });
  });

  it("lists every campaign's jobs when no campaign is chosen", async () => {
    const portal = recordPortal(() => [200, [jobExample]]);
    const result = await picklist("selectJob");
    portal.stop();
    expect(portal.requests.map((r) => r.path)).toEqual(["/api/workflow/jobs"]);
    expect(result).toEqual([{ key: jobExample.id, label: "Spring hero banner (SPR6-1)" }]);
  });
});

describe("selectJobPreset", () => {
  it("names the presets of the newest jobs within 20 requests in all, offering the rest by ID", async () => {
    // 5 full pages of jobs, each job with its own preset: far more presets than lookups left.
    const portal = recordPortal((r) => {
      if (r.path.startsWith("/api/workflow/presets/job/")) {
        const id = r.path.split("/").pop() as string;
        return id === "P-1-1"
          ? [404, { message: "Preset not found" }]
          : [200, { ID: id, name: `Preset named ${id}` }];
      }
      const page = query(r.query).page;
      return [
        200,
        Array.from({ length: 100 }, (_, i) => ({
          ...jobExample,
          id: `J-${page}-${i}`,
          presetID: i < 4 ? `P-${page}-${i}` : null,
        })),
      ];
    });
    const result = await picklist("selectJobPreset");
    portal.stop();
    expect(portal.requests).toHaveLength(20);
    const jobPages = portal.requests.filter((r) => r.path === "/api/workflow/jobs");
    expect(jobPages).toHaveLength(5);
    expect(query(jobPages[0].query)).toEqual({
      orderBy: "dateCreated desc",
      page: "1",
      limit: "100",
    });
    // 20 distinct presets, 15 lookups left: the newest 15 are named (but the one Bynder no longer
    // has), the last 5 are offered by ID without a request.
    expect(result).toContainEqual({ key: "P-1-0", label: "Preset named P-1-0" });
    expect(result).toContainEqual({ key: "P-1-1", label: "Preset P-1-1" });
    expect(result).toContainEqual({ key: "P-4-2", label: "Preset named P-4-2" });
    expect(result).toContainEqual({ key: "P-4-3", label: "Preset P-4-3" });
    expect(result).toContainEqual({ key: "P-5-0", label: "Preset P-5-0" });
    expect(result.filter((e) => e.key.startsWith("P-"))).toHaveLength(20);
    // The jobs were not all read: the list says a preset may be missing.
    expect(result.at(-1)?.label).toContain("type the preset ID if yours is missing");
  });
});
