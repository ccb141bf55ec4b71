import nock from "nock";
import { assetExample } from "../../../src/bynder/examplePayloads/assets";
import { PORTAL } from "../../helpers/connections";
import { picklist } from "../../helpers/dataSources";

describe("selectAsset", () => {
  it("reads one bounded page of the most recently modified assets matching the search, newest first", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ keyword: "spring", orderBy: "dateModified desc", limit: "100", page: "1" })
      .reply(200, [
        assetExample,
        { id: "B-2", name: "  ", type: "document" },
        { id: "A-1", name: "Autumn brochure", type: "document" },
      ]);
    const result = await picklist("selectAsset", { search: "spring" });
    // Bynder's order is kept: a window of the newest is not re-sorted by name.
    expect(result).toEqual([
      { key: assetExample.id, label: "Spring campaign hero (image)" },
      { key: "B-2", label: "B-2 (document)" },
      { key: "A-1", label: "Autumn brochure (document)" },
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("after a full page, never asks for a second one and ends with a 'type the ID' element", async () => {
    const fullPage = Array.from({ length: 100 }, (_, i) => ({ id: `ID-${i}`, name: `Asset ${i}` }));
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ orderBy: "dateModified desc", limit: "100", page: "1" })
      .reply(200, fullPage);
    const result = await picklist("selectAsset", { search: "" });
    expect(result).toHaveLength(101);
    expect(result[100]).toEqual({
      key: "",
      label: "More than 100 assets — type a Search keyword or the ID",
    });
    expect(scope.isDone()).toBe(true);
  });
});

const tags = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    id: `TAG-${String(from + i).padStart(5, "0")}`,
    tag: `tag ${String(from + i).padStart(5, "0")}`,
    mediaCount: 1,
  }));

describe("selectTag", () => {
  it("reads the most used tags first, passes Search as keyword, and sorts the labels", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/tags/")
      .query({ keyword: "ta", orderBy: "mediaCount desc", page: "1", limit: "1000" })
      .reply(200, tags(1000))
      .get("/api/v4/tags/")
      .query({ keyword: "ta", orderBy: "mediaCount desc", page: "2", limit: "1000" })
      .reply(200, [{ id: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B", tag: "spring", mediaCount: 42 }]);
    const result = await picklist("selectTag", { search: "ta" });
    expect(result).toHaveLength(1001);
    // Sorted A to Z: the tag from the second page comes first.
    expect(result[0]).toEqual({ key: "3F1E2D4C-5B6A-4789-8A0B1C2D3E4F5A6B", label: "spring" });
    expect(result[1000]).toEqual({ key: "TAG-00999", label: "tag 00999" });
    expect(scope.isDone()).toBe(true);
  });

  it("stops after 5 requests on a huge portal and says to type the ID", async () => {
    const scope = nock(PORTAL);
    for (let page = 1; page <= 5; page++)
      scope
        .get("/api/v4/tags/")
        .query({ orderBy: "mediaCount desc", page: String(page), limit: "1000" })
        .reply(200, tags(1000, (page - 1) * 1000));
    const result = await picklist("selectTag");
    expect(result).toHaveLength(5001);
    expect(result.at(-1)).toEqual({
      key: "",
      label: "More than 5,000 tags — type a Search keyword or the ID",
    });
    expect(scope.isDone()).toBe(true);
  });
});
