import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { treePath } from "../../../src/brandfolder/dataSources/selectLabel";
import { BRANDFOLDER_ID } from "../../../src/brandfolder/examplePayloads/customFields";

const harness = createHarness(component);
const HOST = "https://brandfolder.com";
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: "bf-key-5e6f7a8b" } };
const meta = { current_page: 1, next_page: null, prev_page: null, total_pages: 1, total_count: 2 };

afterEach(() => nock.cleanAll());

describe("Brandfolder dropdowns on answers the simulator does not give", () => {
  it("Select Label reads the OpenAPI's path of IDs (the label's own first) as names from the root", async () => {
    nock(HOST)
      .get(`/api/v4/brandfolders/${BRANDFOLDER_ID}/labels`)
      .query({ page: "1", per: "100" })
      .reply(200, {
        data: [
          {
            id: "l-2",
            type: "labels",
            attributes: { name: "2026", path: ["l-2", "l-1"], depth: 2 },
          },
          { id: "l-1", type: "labels", attributes: { name: "Campaigns", path: ["l-1"], depth: 1 } },
        ],
        meta,
      });
    const out = (await harness.dataSource("selectLabel", {
      connection,
      brandfolderId: BRANDFOLDER_ID,
    })) as { result: unknown[] };
    expect(out.result).toEqual([
      { key: "l-1", label: "Campaigns" },
      { key: "l-2", label: "Campaigns / 2026" },
    ]);
  });

  it("reads a path root first however it comes, and keeps an ID it cannot name", () => {
    const names = new Map([
      ["r", "Campaigns"],
      ["y", "2026"],
    ]);
    const label = (path: unknown) => ({ id: "s", attributes: { name: "Spring", path } });
    expect(treePath(label(["r", "y", "s"]), names)).toBe("Campaigns / 2026 / Spring");
    expect(treePath(label(["s", "y", "r"]), names)).toBe("Campaigns / 2026 / Spring");
    // Ancestors only, or a parent beyond the pages read.
    expect(treePath(label(["r", "y"]), names)).toBe("Campaigns / 2026 / Spring");
    expect(treePath(label(["s", "gone"]), names)).toBe("gone / Spring");
    expect(treePath(label(undefined), names)).toBe("Spring");
  });

  it("fails with what it read, not a TypeError, when the answer holds no list", async () => {
    nock(HOST).get("/api/v4/organizations").query(true).reply(200, { data: "maintenance" });
    await expect(harness.dataSource("selectOrganization", { connection })).rejects.toThrow(
      /^Select Organization could not read the organizations of the connection's user: /,
    );
  });
});
