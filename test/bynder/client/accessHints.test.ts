import nock from "nock";
import { roleHint, scopeHint } from "../../../src/bynder/client/accessHints";
import { failure, loggedClient } from "../../helpers/client";
import { PORTAL } from "../../helpers/connections";
import { installFakeClock } from "../../core/http/fakeClock";

let fake: ReturnType<typeof installFakeClock>;
beforeEach(() => {
  fake = installFakeClock(undefined, 1);
});
afterEach(() => fake.restore());

/** The message of the error a 403 on `method path` turns into. */
async function denied(method: "GET" | "POST" | "DELETE", path: string): Promise<string> {
  nock(PORTAL).intercept(path, method).reply(403, { message: "Access denied", statuscode: 403 });
  const { client } = loggedClient();
  const body = method === "POST" ? { encoding: "form" as const, fields: {} } : undefined;
  return (await failure(client.request({ method, path, body }))).message;
}

describe("403 hints follow Bynder's scope and role evidence", () => {
  it("names no scope for the account, whose OpenAPI lists none", async () => {
    const message = await denied("GET", "/api/v4/account/");
    expect(message).toContain("the right scope on the connection");
    expect(message).not.toContain("current.profile");
    expect(scopeHint("GET", "/api/v4/account/derivatives/")).toBeUndefined();
  });

  it("names asset:write for the upload endpoint and poll reads, as for every upload step", async () => {
    expect(await denied("GET", "/api/upload/endpoint/")).toContain('"asset:write" scope');
    expect(await denied("GET", "/api/v4/upload/poll/")).toContain('"asset:write" scope');
    expect(scopeHint("POST", "/api/upload/init")).toBe("asset:write");
  });

  it("names admin.profile:read for a profile and says current.profile:read reaches the own one", async () => {
    const one = await denied("GET", "/api/v4/profiles/P1/");
    expect(one).toContain('"admin.profile:read" scope');
    expect(one).toContain('"current.profile:read" is enough to read the connected user\'s own');
    const list = await denied("GET", "/api/v4/profiles/");
    expect(list).toContain('"admin.profile:read" scope');
    expect(list).not.toContain("current.profile:read");
  });

  it("names asset:read and the trash.assets permission for the trash", async () => {
    const message = await denied("GET", "/api/trash/media");
    expect(message).toContain('"asset:read" scope');
    expect(message).toContain("the trash.assets security role");
  });

  it("names the metaproperty management roles on writes only", async () => {
    const write = await denied("DELETE", "/api/v4/metaproperties/M1/");
    expect(write).toContain('"meta.assetbank:write" scope');
    expect(write).toContain("METAPROPERTYMANAGEMENT or METAMANAGEMENT");
    expect(await denied("POST", "/api/v4/metaproperties/M1/options/")).toContain(
      "METAPROPERTYMANAGEMENT or METAMANAGEMENT",
    );
    expect(await denied("GET", "/api/v4/metaproperties/")).not.toContain("METAPROPERTYMANAGEMENT");
    expect(roleHint("/api/v4/metaproperties/")).toBeUndefined();
  });
});
