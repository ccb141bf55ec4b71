import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { isConnectionError } from "@prismatic-io/spectral";
import component from "../../../src/brandfolder";
import { useFakeClock } from "../../helpers/clock";
import { seeded, useBrandfolder } from "../simulator/helpers";
import { options } from "./helpers";

const harness = createHarness(component);

/** The error an opening throws (fails the test when it succeeds). */
async function failing(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("the dropdown did not fail");
}

describe("what a Brandfolder dropdown says when it cannot list", () => {
  const api = useBrandfolder();
  useFakeClock();
  const sim = () => api().sim;
  afterEach(() => sim().faults.clear());

  it.each(["selectSection", "selectLabel", "selectCustomFieldKey", "selectAsset"])(
    "%s refuses a blank Brandfolder ID, naming it, before any request",
    async (key) => {
      const before = sim().requests.length;
      const error = await failing(options(sim(), key, { brandfolderId: "  " }));
      expect(error.message).toMatch(
        /^Input "Brandfolder ID" is required: choose the Brandfolder first/,
      );
      expect(sim().requests.length).toBe(before);
    },
  );

  it("names the dropdown, what it read and the parent input when the Brandfolder is not visible", async () => {
    const ids = seeded(sim());
    const error = await failing(
      options(sim(), "selectSection", { brandfolderId: ids.archive }, sim().guestKey),
    );
    expect(error.message).toMatch(
      new RegExp(
        `^Select Section could not read the sections of Brandfolder ID "${ids.archive}"\\. Brandfolder GET .* failed with HTTP 403`,
      ),
    );
    expect(error.message).toContain("deleted");
    expect(error.message).not.toContain(sim().guestKey);
    expect((error as { status?: number }).status).toBe(403);
  });

  it("points at the connection when the API Key is rejected, without showing it", async () => {
    const key = "bf-revoked-key-0000";
    const error = await failing(options(sim(), "selectOrganization", {}, key));
    expect(isConnectionError(error)).toBe(true);
    expect(error.message).toMatch(
      /^Select Organization could not read the organizations of the connection's user\. .*401/,
    );
    expect(error.message).toContain("Check the API Key in the Brandfolder connection");
    expect(error.message).not.toContain(key);
  });

  it("says which list failed when Brandfolder answers an HTML error page", async () => {
    const ids = seeded(sim());
    // The client retries a 502 (instantly, on the fake clock) and says so in the step's log.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    sim().faults.add({
      path: `/api/v4/brandfolders/${ids.brand}/labels`,
      fault: "html",
      times: Infinity,
    });
    const error = await failing(options(sim(), "selectLabel", { brandfolderId: ids.brand }));
    expect(error.message).toMatch(
      new RegExp(
        `^Select Label could not read the labels of Brandfolder ID "${ids.brand}"\\. .*502`,
      ),
    );
    expect(error.message).not.toMatch(/<html|<center/i);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("fails at once on a 429, naming the dropdown and the rate limit, without waiting", async () => {
    sim().faults.add({ path: "/api/v4/organizations", fault: "429" });
    const before = sim().requests.length;
    const error = await failing(options(sim(), "selectOrganization"));
    expect(error.message).toMatch(
      /^Select Organization could not read the organizations of the connection's user\. .*429/,
    );
    expect(error.message).toContain("Lower Requests Per Second");
    expect(sim().requests.length - before).toBe(1);
  });

  it("offers a record without a name by its ID rather than dropping it", async () => {
    const { url, apiKey } = sim();
    const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey, apiHost: url } };
    const ids = seeded(sim());
    const [section] = [...sim().state.sections.values()].filter(
      (s) => s.brandfolderId === ids.brand,
    );
    const saved = section.name;
    section.name = "  ";
    try {
      const out = (await harness.dataSource("selectSection", {
        connection,
        brandfolderId: ids.brand,
      })) as {
        result: { key: string; label: string }[];
      };
      expect(out.result[0]).toEqual({ key: section.id, label: section.id });
    } finally {
      section.name = saved;
    }
  });
});
