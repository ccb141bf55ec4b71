import component from "../../../src/brandfolder";
import { useFakeClock } from "../../helpers/clock";
import { openapiProblems } from "../openapiFixture";
import { seeded, useBrandfolder } from "../simulator/helpers";
import { options } from "./helpers";

describe("every Brandfolder dropdown request is an operation of the official OpenAPI", () => {
  const api = useBrandfolder();
  useFakeClock();

  /** Each dropdown with every parent input it takes filled in, so every request shape is seen. */
  const openings = (ids: ReturnType<typeof seeded>): [string, Record<string, unknown>][] => [
    ["selectOrganization", {}],
    ["selectBrandfolder", {}],
    ["selectBrandfolder", { organizationId: ids.org }],
    ["selectSection", { brandfolderId: ids.brand }],
    ["selectCollection", {}],
    ["selectCollection", { brandfolderId: ids.brand }],
    ["selectLabel", { brandfolderId: ids.brand }],
    ["selectCustomFieldKey", { brandfolderId: ids.brand }],
    ["selectAsset", { brandfolderId: ids.brand, search: "logo" }],
    ["selectWebhook", {}],
  ];

  it("covers every dropdown of the component", () => {
    const ids = seeded(api().sim);
    expect(new Set(openings(ids).map(([key]) => key))).toEqual(
      new Set(Object.keys(component.dataSources ?? {})),
    );
  });

  it("sends only documented paths and query fields (page and per on every list)", async () => {
    const ids = seeded(api().sim);
    const problems: string[] = [];
    for (const [key, params] of openings(ids)) {
      const { requests } = await options(api().sim, key, params);
      expect(requests.length).toBeGreaterThan(0);
      for (const r of requests)
        problems.push(
          ...openapiProblems({
            method: r.method,
            path: r.path,
            query: r.query as Record<string, string>,
            body: undefined,
          }).map((p) => `${key}: ${p}`),
        );
    }
    expect(problems).toEqual([]);
  });
});
