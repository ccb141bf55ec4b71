import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { MAX_PER } from "../../../src/brandfolder/endpoints";
import { FETCH_ALL_CONCURRENCY } from "../../../src/core/actions/actionSpec";
import { failure } from "../../helpers/client";

/**
 * The OpenAPI declares `page`/`per` on few lists, so Fetch All must stay bounded on a list that
 * ignores `page`: the core's repeated-page guard stops it at the second page, with a few
 * requests at most in flight.
 */
const HOST = "https://brandfolder.com";
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: "bf-paging-key-0a1b" } };
const harness = createHarness(component);
const orgs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `org-${i}`,
    type: "organizations",
    attributes: { name: `Org ${i}`, slug: `org-${i}` },
  }));

/** Answers every page with the same records, whatever `page` asks, and counts the requests. */
function pageIgnoringServer(records: unknown[]) {
  const pages: string[] = [];
  nock(HOST)
    .persist()
    .get("/api/v4/organizations")
    .query(true)
    .reply(function (uri) {
      const page = new URL(uri, HOST).searchParams.get("page") ?? "";
      pages.push(page);
      const meta = { current_page: 1, next_page: 2, total_count: 99_999, total_pages: 34 };
      return [200, { data: records, meta }];
    });
  return pages;
}

afterEach(() => nock.cleanAll());

describe("Fetch All on a list that ignores page", () => {
  it("stops after the second page with an error that says why and what to do", async () => {
    const pages = pageIgnoringServer(orgs(MAX_PER));
    const error = await failure(
      harness.action("listOrganizations", { connection, fetchAll: "true" }),
    );
    expect(error.message).toContain(
      `Brandfolder returned the same ${MAX_PER} items for page 2 as for page 1 of /api/v4/organizations`,
    );
    expect(error.message).toContain('seems to ignore "page"');
    expect(error.message).toContain("turn Fetch All off and use Page instead");
    // Pages 3 and 4 may already be in flight (the reported total predicts them); none after.
    expect(pages.slice(0, 2)).toEqual(["1", "2"]);
    expect(pages.length).toBeLessThanOrEqual(FETCH_ALL_CONCURRENCY);
  });

  it("follows meta's next page after a short page, and stops when that page repeats", async () => {
    const pages = pageIgnoringServer(orgs(3));
    const error = await failure(
      harness.action("listOrganizations", { connection, fetchAll: "true" }),
    );
    expect(error.message).toContain("returned the same 3 items for page 2 as for page 1");
    expect(pages.slice(0, 2)).toEqual(["1", "2"]);
  });

  it("walks a list that ignores the page size to the page whose meta names no next one", async () => {
    const all = orgs(250);
    const asked: string[] = [];
    nock(HOST)
      .persist()
      .get("/api/v4/organizations")
      .query(true)
      .reply(function (uri) {
        const params = new URL(uri, HOST).searchParams;
        asked.push(params.get("per") ?? "");
        // Brandfolder's own default of 100 per page, whatever `per` asked.
        const page = Number(params.get("page"));
        const next = page * 100 < all.length ? page + 1 : null;
        const meta = {
          current_page: page,
          next_page: next,
          total_count: all.length,
          total_pages: 3,
        };
        return [200, { data: all.slice((page - 1) * 100, page * 100), meta }];
      });
    const result = (await harness.action("listOrganizations", { connection, fetchAll: "true" }))
      ?.data as { data: { id: string }[]; complete: boolean };
    expect(asked[0]).toBe(String(MAX_PER));
    expect(result.data.map((o) => o.id)).toEqual(all.map((o) => o.id));
    expect(result.complete).toBe(true);
  });
});
