import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);
const run = (key: string, params: Record<string, unknown>) =>
  harness.action(key, { connection: oauthConnection(), ...params }) as Promise<{ data: unknown }>;
const media = [{ id: "ASSET-1" }];

describe("Fetch All's order", () => {
  it("reads oldest first when the user chose no order, so new uploads land on the last page", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({
        keyword: "spring",
        orderBy: "dateCreated asc",
        page: "1",
        limit: "1000",
        total: "1",
      })
      .reply(200, { media, total: { count: 1 } });
    await run("searchAssets", { keyword: "spring", fetchAll: "true" });
    expect(scope.isDone()).toBe(true);
  });

  it("keeps the order the user chose", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/media/")
      .query({ orderBy: "name desc", page: "1", limit: "1000", total: "1" })
      .reply(200, { media, total: { count: 1 } });
    await run("searchAssets", { orderBy: "name desc", fetchAll: "true" });
    expect(scope.isDone()).toBe(true);
  });

  it("adds no order where Bynder documents none (List Users)", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/users/")
      .query({ page: "1", limit: "100" })
      .reply(200, [{ id: "U-1" }], { "X-Pagination-TotalRecords": "1" });
    await run("listUsers", { fetchAll: "true" });
    expect(scope.isDone()).toBe(true);
  });
});
