import nock from "nock";
import { collectAll } from "../../../src/core/paging/paginate";
import { picklist } from "../../../src/bynder/dataSources/picklist";
import { oauthConnection, PORTAL } from "../../helpers/connections";
import { recordingLogger } from "../../helpers/context";
import { BYNDER_PAGING } from "../../../src/bynder/endpoints";

type Perform = (context: unknown, params: unknown) => Promise<{ result: unknown[] }>;

/** A dropdown whose loader asks for more pages than the bound it declared. */
function greedy(maxRequests: number, maxPages: number) {
  return picklist({
    label: "Select Greedy",
    description: "A dropdown that tries to read too much.",
    maxRequests,
    order: "api",
    more: { noun: "tags" },
    items: (client) =>
      collectAll<{ id: string }>(client, {
        request: { path: "/api/v4/tags/" },
        style: "array",
        vendor: BYNDER_PAGING,
        pageSize: 2,
        maxPages,
      }),
    element: (t) => ({ key: t.id, label: t.id }),
    example: [{ key: "x", label: "x" }],
  });
}

const run = (ds: ReturnType<typeof greedy>) =>
  (ds.perform as unknown as Perform)(
    { logger: recordingLogger().logger, debug: { enabled: false } },
    { connection: oauthConnection() },
  );

describe("picklist", () => {
  it("refuses a request beyond the dropdown's declared bound", async () => {
    const scope = nock(PORTAL);
    for (let page = 1; page <= 2; page++)
      scope
        .get("/api/v4/tags/")
        .query({ page: String(page), limit: "2" })
        .reply(200, [{ id: `t${page}a` }, { id: `t${page}b` }]);
    await expect(run(greedy(2, 5))).rejects.toThrow(
      "Select Greedy: more than 2 requests in one opening.",
    );
    expect(scope.isDone()).toBe(true);
  });

  it("within the bound, keeps Bynder's order and appends the 'type the ID' element", async () => {
    nock(PORTAL)
      .get("/api/v4/tags/")
      .query({ page: "1", limit: "2" })
      .reply(200, [{ id: "b" }, { id: "a" }]);
    const { result } = await run(greedy(1, 1));
    expect(result).toEqual([
      { key: "b", label: "b" },
      { key: "a", label: "a" },
      { key: "", label: "More than 2 tags — type the ID instead" },
    ]);
  });
});
