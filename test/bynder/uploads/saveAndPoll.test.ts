import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { pollTiming } from "../../../src/bynder/uploads/poll";
import { installFakeClock } from "../../core/http/fakeClock";
import { ACCESS_TOKEN, oauthConnection, PORTAL } from "../../helpers/connections";

const harness = createHarness(component);
const IMPORT = "0B2F3A4C-5D6E-4F70-8192A3B4C5D6E7F8";
const saveInputs = { importId: IMPORT, brandId: "B1", name: "Report" };

describe("Save a New Asset", () => {
  it("is not sent again when its response is lost, and says the save may have succeeded", async () => {
    let sent = 0;
    nock(PORTAL)
      .persist()
      .post(`/api/v4/media/save/${IMPORT}/`)
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))
      .on("request", () => (sent += 1));
    const error = await harness
      .action("saveANewAsset", { connection: oauthConnection(), ...saveInputs })
      .catch((e: Error) => e);
    expect(sent).toBe(1);
    expect((error as Error).message).toContain(`the save may have succeeded: import id ${IMPORT}`);
    expect((error as Error).message).toContain("look for the file in Bynder");
    expect((error as Error).message).not.toContain(ACCESS_TOKEN);
  });

  it("says once, not twice, that the save may have gone through", async () => {
    nock(PORTAL).post(`/api/v4/media/save/${IMPORT}/`).reply(502, { message: "Bad Gateway" });
    const error = await harness
      .action("saveANewAsset", { connection: oauthConnection(), ...saveInputs })
      .catch((e: Error) => e);
    const message = (error as Error).message;
    expect(message).toContain("HTTP 502");
    expect(message.match(/may have (been applied|succeeded)/g)).toEqual(["may have succeeded"]);
  });

  it("is not sent again after a 502 either", async () => {
    nock(PORTAL).post(`/api/v4/media/save/${IMPORT}/`).once().reply(502, "Bad Gateway");
    await expect(
      harness.action("saveANewAsset", { connection: oauthConnection(), ...saveInputs }),
    ).rejects.toThrow(`the save may have succeeded: import id ${IMPORT}`);
  });

  it("is sent again when it provably never left (connection refused)", async () => {
    nock(PORTAL)
      .post(`/api/v4/media/save/${IMPORT}/`)
      .replyWithError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))
      .post(`/api/v4/media/save/${IMPORT}/`)
      .reply(201, { mediaid: "M1", success: true });
    const result = await harness.action("saveANewAsset", {
      connection: oauthConnection(),
      ...saveInputs,
    });
    expect(result?.data).toEqual({ mediaid: "M1", success: true });
  });

  it("turns Bynder's 303 into 'not processed yet: poll, then save again'", async () => {
    nock(PORTAL)
      .post(`/api/v4/media/save/${IMPORT}/`)
      .reply(303, { message: "Import not converted yet, please poll", statuscode: "303" });
    await expect(
      harness.action("saveANewAsset", { connection: oauthConnection(), ...saveInputs }),
    ).rejects.toThrow(/not finished processing import id .*Run Retrieve Poll State/);
  });
});

describe("Retrieve Poll State", () => {
  const poll = (body: object) =>
    nock(PORTAL).get("/api/v4/upload/poll/").query({ items: IMPORT }).reply(200, body);

  it("polls again after the interval until the item is done", async () => {
    poll({ itemsDone: [], itemsFailed: [], itemsRejected: [] });
    poll({ itemsDone: [], itemsFailed: [], itemsRejected: [] });
    poll({ itemsDone: [IMPORT], itemsFailed: [], itemsRejected: [] });
    const result = await harness.action("retrievePollState", {
      connection: oauthConnection(),
      items: [IMPORT],
      pollInterval: "2",
    });
    expect(result?.data).toEqual({ itemsDone: [IMPORT], itemsFailed: [], itemsRejected: [] });
  });

  it("fails past its timeout with an error naming the import id and what to do", async () => {
    // 2 s interval, 5 s timeout: polls at 0, 2 and 4 s, then gives up.
    for (let i = 0; i < 3; i++) poll({ itemsDone: [], itemsFailed: [], itemsRejected: [] });
    await expect(
      harness.action("retrievePollState", {
        connection: oauthConnection(),
        items: [IMPORT],
        pollInterval: "2",
        pollTimeout: "5",
      }),
    ).rejects.toThrow(
      new RegExp(
        `still processing import id ${IMPORT} .*run Retrieve Poll State .* in a later step`,
      ),
    );
  });

  it("stops at the execution's time limit even when Poll Timeout reaches further", async () => {
    nock(PORTAL)
      .persist()
      .get("/api/v4/upload/poll/")
      .query({ items: IMPORT })
      .reply(200, { itemsDone: [], itemsFailed: [], itemsRejected: [] });
    const time = installFakeClock();
    try {
      // The execution began 12.5 minutes ago: 30 s are left, the Poll Timeout asks for 300 s.
      const error = await harness
        .action(
          "retrievePollState",
          { connection: oauthConnection(), items: [IMPORT], pollInterval: "5", pollTimeout: "300" },
          { startedAt: new Date(Date.now() - 12.5 * 60_000).toISOString() },
        )
        .catch((e: Error) => e);
      expect((error as Error).message).toMatch(
        new RegExp(
          `still processing import id ${IMPORT} after \\d+ s \\(the execution's time limit is near`,
        ),
      );
      expect(time.elapsed()).toBeLessThanOrEqual(30_000);
      expect(time.elapsed()).toBeGreaterThanOrEqual(20_000);
    } finally {
      time.restore();
    }
  });

  it("reports failed and rejected items as a clear error", async () => {
    poll({ itemsDone: [], itemsFailed: [], itemsRejected: [IMPORT] });
    await expect(
      harness.action("retrievePollState", { connection: oauthConnection(), items: [IMPORT] }),
    ).rejects.toThrow(`Bynder could not process the upload (rejected: ${IMPORT})`);
  });
});

describe("pollTiming", () => {
  it("turns the seconds inputs into milliseconds, with 3 s and 5 minutes when left blank", () => {
    expect(pollTiming(undefined, undefined)).toEqual({ intervalMs: 3000, timeoutMs: 300_000 });
    expect(pollTiming(2, 0)).toEqual({ intervalMs: 2000, timeoutMs: 0 });
  });
});
