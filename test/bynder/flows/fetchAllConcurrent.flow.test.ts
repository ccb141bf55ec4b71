import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { permanentConnection } from "../../helpers/connections";
import { requestsTo } from "../../helpers/simulator";
import { windowsAsked, windowsToRead } from "../../helpers/windows";

const harness = createHarness(component);
const LATENCY_MS = 400;

/** The most request arrivals within any span shorter than the latency: all of them overlapped. */
function mostOverlapping(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let best = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= LATENCY_MS) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

describe("Fetch All against a slow simulator", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 5000, latencyMs: LATENCY_MS });
  });
  afterAll(() => sim.close());

  it("reads the pages at once, about rate × latency at a time (10/s × 400 ms), oldest first and in order", async () => {
    const before = requestsTo(sim, "GET", "/api/v4/media").length;
    const { data } = (await harness.action("listAssets", {
      connection: permanentConnection(sim.url, sim.credentials.permanentToken),
      fetchAll: "true",
    })) as { data: { media: { id: string; dateCreated: string }[]; complete: boolean } };
    const requests = requestsTo(sim, "GET", "/api/v4/media").slice(before);
    // Overlapping windows up to the short one that shows nothing is left; they join one another,
    // so no read checks a boundary.
    expect(requests.map((r) => `${r.query.page}/${r.query.limit}`)).toEqual(
      windowsAsked(1000, windowsToRead(1000, 5000)),
    );
    expect(requests.every((r) => r.query.orderBy === "dateCreated asc")).toBe(true);
    // The width follows the latency: 4 for 400 ms at 10/s, a little more for the time pages take
    // to render and parse.
    const overlapping = mostOverlapping(requests.map((r) => r.at));
    expect(overlapping).toBeGreaterThanOrEqual(4);
    expect(overlapping).toBeLessThanOrEqual(6);
    expect(data.complete).toBe(true);
    expect(data.media).toHaveLength(5000);
    const created = data.media.map((a) => Date.parse(a.dateCreated));
    expect(created.every((t, i) => i === 0 || t >= created[i - 1])).toBe(true);
    expect(new Set(data.media.map((a) => a.id)).size).toBe(5000);
  });
});
