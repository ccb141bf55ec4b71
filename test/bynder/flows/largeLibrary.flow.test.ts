import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { permanentConnection } from "../../helpers/connections";
import { useFakeClock } from "../../helpers/clock";
import { requestsTo } from "../../helpers/simulator";

const harness = createHarness(component);

interface Page {
  media: { id: string }[];
  total: { count: number };
  nextPage: number | null;
  hasMore: boolean;
}

// A library larger than one step should hold, walked the way a Prismatic loop does it: one List
// Assets step per page, each asking for the page the previous one named, until hasMore is false.
describe("walking a large library page by page with List Assets", () => {
  const ASSETS = 5000;
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: ASSETS });
  });
  afterAll(() => sim.close());
  const fake = useFakeClock();

  const step = async (key: string, inputs: Record<string, unknown>) =>
    (
      (await harness.action(key, {
        connection: permanentConnection(sim.url, sim.credentials.permanentToken),
        fetchAll: "false",
        ...inputs,
      })) as { data: Page }
    ).data;

  it("reads every asset once, in pages of 1000, and ends on the short page at the pacer's pace", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/media").length;
    const ids: string[] = [];
    const pages: Page[] = [];
    for (let page: number | null = 1; page !== null;) {
      const result = await step("listAssets", { page: String(page), limit: "1000" });
      pages.push(result);
      ids.push(...result.media.map((a) => a.id));
      page = result.hasMore ? result.nextPage : null;
      expect(pages.length).toBeLessThanOrEqual(10); // a loop that never ends fails here
    }
    expect(ids).toHaveLength(ASSETS);
    expect(new Set(ids).size).toBe(ASSETS);
    // Five full pages, then the empty one that shows nothing is left (Bynder's total can be low).
    expect(pages.map((p) => [p.nextPage, p.hasMore])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      [6, true],
      [null, false],
    ]);
    expect(pages[0].total.count).toBe(ASSETS);
    expect(requestsTo(sim, "GET", "/api/v4/media").slice(before)).toHaveLength(6);
    // Six requests: the pacer's burst of five, then one more 100 ms later (the fake clock's waits).
    expect(fake().elapsed()).toBe(100);
  });

  it("Search Assets names the next page the same way, and none after a short page", async () => {
    const full = await step("searchAssets", { page: "2", limit: "999" });
    expect(full).toMatchObject({ nextPage: 3, hasMore: true });
    expect(full.media).toHaveLength(999);
    const last = await step("searchAssets", { page: "6", limit: "999" });
    expect(last.media).toHaveLength(ASSETS - 5 * 999);
    expect(last).toMatchObject({ nextPage: null, hasMore: false });
  });
});
