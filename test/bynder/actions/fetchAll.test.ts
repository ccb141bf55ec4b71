import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { userListItemExample } from "../../../src/bynder/examplePayloads/users";
import { oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);
const run = (key: string, params: Record<string, unknown>) =>
  harness.action(key, { connection: oauthConnection(), ...params }) as Promise<{ data: unknown }>;
const assets = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ id: `ASSET-${from + i}`, name: `Asset ${from + i}` }));

/**
 * Answers every read of `path` after the first page (Fetch All's later windows, which start a few
 * records back, at another limit) from `list`, and records what was asked.
 */
function laterReads(path: string, list: unknown[], wrap = true, total = list.length) {
  const asked: string[] = [];
  nock(PORTAL)
    .persist()
    .get(path)
    .query((q) => q.page !== "1")
    .reply((uri) => {
      const q = new URL(uri, PORTAL).searchParams;
      asked.push(`${q.get("page")}/${q.get("limit")}`);
      const limit = Number(q.get("limit"));
      const slice = list.slice((Number(q.get("page")) - 1) * limit, Number(q.get("page")) * limit);
      return [200, wrap ? { media: slice, total: { count: total } } : slice];
    });
  return asked;
}

describe("Fetch All keeps everything Bynder said", () => {
  it("List Assets asks for count facets on the first page only and keeps them next to Bynder's total", async () => {
    const facets = { total: 1200, type: { image: 1000, document: 200 }, tags: { spring: 12 } };
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ count: "1", total: "1", page: "1", limit: "1000", orderBy: "dateCreated asc" })
      .reply(200, { media: assets(1000), count: facets });
    const asked = laterReads("/api/v4/media/", assets(1200));
    const { data } = await run("listAssets", { count: "true" });
    expect(data).toMatchObject({
      count: facets,
      total: { count: 1200 },
      fetched: 1200,
      complete: true,
      truncated: null,
    });
    expect((data as { media: unknown[] }).media).toHaveLength(1200);
    expect(scope.isDone()).toBe(true);
    // One more read, page 2 at 950: the last 50 of page 1 again, then the 200 after them.
    expect(asked).toEqual(["2/950"]);
  });

  it("does not stop on a total that is too low: 1,500 assets with a total of 1,000 are all returned", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ total: "1", page: "1", limit: "1000", orderBy: "dateCreated asc" })
      .reply(200, { media: assets(1000), total: { count: 1000 } });
    laterReads("/api/v4/media/", assets(1500), true, 1000);
    const { data } = await run("listAssets", {});
    expect(data).toMatchObject({ total: { count: 1000 }, fetched: 1500, complete: true });
    expect((data as { media: { id: string }[] }).media.at(-1)?.id).toBe("ASSET-1499");
    expect(scope.isDone()).toBe(true);
  });

  it("List Users does not stop on an X-Pagination-TotalRecords that is too low", async () => {
    const low = { "X-Pagination-TotalRecords": "100", "X-Pagination-TotalPages": "1" };
    const page = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ ...userListItemExample, id: `U-${from + i}` }));
    const scope = nock(PORTAL)
      .get("/api/v4/users/")
      .query({ page: "1", limit: "100" })
      .reply(200, page(100, 0), low);
    laterReads("/api/v4/users/", page(150, 0), false);
    const { data } = await run("listUsers", { fetchAll: "true" });
    expect(data).toHaveLength(150);
    expect(scope.isDone()).toBe(true);
  });

  it("says the result is truncated, and why, when Max Items stops it", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ total: "1", page: "1", limit: "1000", orderBy: "dateCreated asc" })
      .reply(200, { media: assets(1000), total: { count: 2500 } });
    const asked = laterReads("/api/v4/media/", assets(2500));
    const { data } = await run("listAssets", { maxItems: "1500" });
    expect(data).toMatchObject({
      total: { count: 2500 },
      fetched: 1500,
      complete: false,
      truncated: { reason: "Stopped at Max Items (1,500 assets); Bynder reports 2,500 in all." },
    });
    expect((data as { media: unknown[] }).media).toHaveLength(1500);
    expect(scope.isDone()).toBe(true);
    // Stopping at the cap costs no read past the one that crossed it.
    expect(asked).toEqual(["2/950"]);
  });

  it("a plain-array result past Max Items fails and names the input instead of coming back partial", async () => {
    const tags = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `T-${from + i}`, tag: `t${from + i}` }));
    nock(PORTAL).get("/api/v4/tags/").query({ page: "1", limit: "1000" }).reply(200, tags(1000, 0));
    laterReads("/api/v4/tags/", tags(1003, 0), false);
    await expect(run("listTags", { fetchAll: "true", maxItems: "1000" })).rejects.toThrow(
      'List Tags: Bynder has more tags than this step may fetch. Stopped at Max Items (1,000 tags); Bynder has more. Raise "Max Items"',
    );
  });

  it("a plain-array list that keeps moving under the walk fails and says it changed", async () => {
    const tags = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `T-${from + i}`, tag: `t${from + i}` }));
    // Every read after page 1 (the next window, then the check across their boundary) sees only
    // tags no earlier read returned: the list moved too far to tell, three walks running.
    const scope = nock(PORTAL)
      .get("/api/v4/tags/")
      .query({ page: "1", limit: "1000" })
      .times(3)
      .reply(200, tags(1000, 0))
      .get("/api/v4/tags/")
      .query((q) => q.page !== "1" || q.limit !== "1000")
      .times(6)
      .reply(200, tags(3, 5000));
    await expect(run("listTags", { fetchAll: "true" })).rejects.toThrow(
      "List Tags: The list of tags changed while it was read (records moved between pages) and still did not line up after 2 re-reads, so some tags may be missing. Run the step again",
    );
    expect(scope.isDone()).toBe(true);
  });

  it("stops with a clear error when the server ignores page", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/metaproperties/M1/options/")
      .query(true)
      .times(2)
      .reply(200, assets(1000));
    await expect(
      run("listMetapropertyOptions", { metapropertyId: "M1", fetchAll: "true" }),
    ).rejects.toThrow(/same 1000 items for page 2 as for page 1/);
    expect(scope.isDone()).toBe(true);
  });

  it("refuses a Max Items above its maximum before any request", async () => {
    await expect(run("listAssets", { maxItems: "10001" })).rejects.toThrow(
      'Input "Max Items" must be at most 10000',
    );
    await expect(run("listOrders", { fetchAll: "true", maxItems: "0" })).rejects.toThrow(
      'Input "Max Items" must be at least 1',
    );
  });
});
