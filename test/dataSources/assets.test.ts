import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../src";
import { assetExample } from "../../src/examplePayloads/assets";
import { oauthConnection, PORTAL } from "../helpers/connections";

const harness = createHarness(component);

async function picklist(key: string, params: Record<string, unknown> = {}) {
  const out = await harness.dataSource(key, { connection: oauthConnection(), ...params });
  return (out as { result: { key: string; label?: string }[] }).result;
}

describe("selectAsset", () => {
  it("reads one bounded page of the most recently modified assets matching the search, labelled by name and type", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ keyword: "spring", orderBy: "dateModified desc", limit: "100", page: "1" })
      .reply(200, [
        assetExample,
        { id: "B-2", name: "  ", type: "document" },
        { id: "A-1", name: "Autumn brochure", type: "document" },
      ]);
    const result = await picklist("selectAsset", { search: "spring" });
    expect(result).toEqual([
      { key: "A-1", label: "Autumn brochure (document)" },
      { key: "B-2", label: "B-2 (document)" },
      { key: assetExample.id, label: "Spring campaign hero (image)" },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("sends no keyword when Search is blank and never asks for a second page", async () => {
    const fullPage = Array.from({ length: 100 }, (_, i) => ({ id: `ID-${i}`, name: `Asset ${i}` }));
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ orderBy: "dateModified desc", limit: "100", page: "1" })
      .reply(200, { media: fullPage, total: { count: 5000 } });
    const result = await picklist("selectAsset", { search: "" });
    expect(result).toHaveLength(100);
    expect(scope.isDone()).toBe(true);
  });
});

describe("selectTag", () => {
  it("reads every page of tags and labels each with its text, keyed by tag ID", async () => {
    const fullPage = Array.from({ length: 1000 }, (_, i) => ({
      id: `TAG-${String(i).padStart(4, "0")}`,
      tag: `tag ${String(i).padStart(4, "0")}`,
      mediaCount: 1,
    }));
    const scope = nock(PORTAL)
      .get("/api/v4/tags/")
      .query({ orderBy: "tag asc", page: "1", limit: "1000" })
      .reply(200, fullPage)
      .get("/api/v4/tags/")
      .query({ orderBy: "tag asc", page: "2", limit: "1000" })
      .reply(200, [{ id: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B", tag: "spring", mediaCount: 42 }]);
    const result = await picklist("selectTag");
    expect(result).toHaveLength(1001);
    // Sorted by label: the tag from the second page comes first.
    expect(result[0]).toEqual({
      key: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B",
      label: "spring",
    });
    expect(result[1000]).toEqual({ key: "TAG-0999", label: "tag 0999" });
    expect(scope.isDone()).toBe(true);
  });
});
