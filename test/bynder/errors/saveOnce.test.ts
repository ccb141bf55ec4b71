import nock from "nock";
import { saveOnce } from "../../../src/bynder/uploads/save";
import { failure, loggedClient } from "../../helpers/client";
import { PORTAL } from "../../helpers/connections";

const request = {
  path: "/api/v4/media/save/{importId}/",
  pathParams: { importId: "IMP-1" },
  fields: {},
};
const refused = () => Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });

describe("A save is sent once, and its error says what to check", () => {
  it("passes on the client's error for a save that never left (the client may resend those)", async () => {
    const scope = nock(PORTAL).post("/api/v4/media/save/IMP-1/").times(4).replyWithError(refused());
    const error = await failure(saveOnce(loggedClient().client, request, "IMP-1"));
    expect(scope.isDone()).toBe(true);
    expect(error.message).toMatch(/the request was not sent/);
    expect(error.message).not.toMatch(/may have succeeded/);
  });

  it("replaces the client's generic note by the import id for a save that may have happened", async () => {
    nock(PORTAL).post("/api/v4/media/save/IMP-1/").reply(503);
    const error = await failure(saveOnce(loggedClient().client, request, "IMP-1"));
    expect(error.message).toBe(
      `Bynder POST ${PORTAL}/api/v4/media/save/IMP-1/ failed with HTTP 503. Careful, the save may have succeeded: import id IMP-1. It was not sent again, because a repeated save makes a duplicate asset: look for the file in Bynder (newest assets first) before saving it again.`,
    );
  });
});
