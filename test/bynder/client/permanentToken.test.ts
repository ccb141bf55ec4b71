import { isConnectionError } from "@prismatic-io/spectral";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/bynder";
import { createBynderClient } from "../../../src/bynder/client/clientFor";
import { failure } from "../../helpers/client";
import { PERMANENT_TOKEN, PORTAL, permanentConnection } from "../../helpers/connections";
import { installFakeClock } from "../../core/http/fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock();
});
afterEach(() => fake.restore());

describe("Permanent Token connection", () => {
  it("sends its token as a bearer token to the Portal URL", async () => {
    const scope = nock(PORTAL, { reqheaders: { authorization: `Bearer ${PERMANENT_TOKEN}` } })
      .get("/api/v4/account/")
      .reply(200, { name: "Acme" });
    const res = await createBynderClient(permanentConnection()).request({
      method: "GET",
      path: "/api/v4/account/",
    });
    expect(res.data).toEqual({ name: "Acme" });
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    `Bearer ${PERMANENT_TOKEN}`,
    `bearer   ${PERMANENT_TOKEN}  `,
    ` BEARER ${PERMANENT_TOKEN}`,
  ])("accepts a token pasted with its prefix (%j) and sends it once", async (pasted) => {
    const scope = nock(PORTAL, { reqheaders: { authorization: `Bearer ${PERMANENT_TOKEN}` } })
      .get("/api/v4/account/")
      .reply(200, {});
    await createBynderClient(permanentConnection(PORTAL, pasted)).request({
      method: "GET",
      path: "/api/v4/account/",
    });
    expect(scope.isDone()).toBe(true);
  });

  it("runs an action end to end through spectral's harness", async () => {
    const scope = nock(PORTAL, { reqheaders: { authorization: `Bearer ${PERMANENT_TOKEN}` } })
      .get("/api/v4/brands/")
      .reply(200, [{ id: "b1", name: "Acme", subBrands: [] }]);
    const out = await createHarness(component).dataSource("selectBrand", {
      connection: permanentConnection(),
    });
    expect(JSON.stringify(out)).toContain("b1");
    expect(scope.isDone()).toBe(true);
  });

  it("answers a 401 by asking to check or replace the token, not to re-authorize", async () => {
    nock(PORTAL).get("/api/v4/account/").reply(401, { message: "Invalid token" });
    const err = await failure(
      createBynderClient(permanentConnection()).request({
        method: "GET",
        path: "/api/v4/account/",
      }),
    );
    expect(isConnectionError(err)).toBe(true);
    expect(err.message).toContain(
      "The permanent token was rejected (revoked, expired or from another portal). Check the Token in the Bynder connection, or create a new permanent token in Bynder and paste it there.",
    );
    expect(err.message).not.toMatch(/reconnect|re-authori[sz]e/i);
    expect(err.message).not.toContain(PERMANENT_TOKEN);
  });

  it("says which field to fill when the token is blank or only a prefix", async () => {
    for (const token of ["  ", "Bearer "]) {
      const err = await failure(
        createBynderClient(permanentConnection(PORTAL, token)).request({
          method: "GET",
          path: "/api/v4/account/",
        }),
      );
      expect(isConnectionError(err)).toBe(true);
      expect(err.message).toBe(
        "The Bynder connection has no token. Paste a permanent token from Bynder into the connection's Token field.",
      );
    }
  });
});
