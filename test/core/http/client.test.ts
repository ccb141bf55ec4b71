import nock from "nock";
import type { ClientOptions } from "../../../src/core/http/client";
import { failure, loggedClient } from "../../helpers/client";
import { ACCESS_TOKEN, PORTAL } from "../../helpers/connections";
import { useFakeClock } from "../../helpers/clock";

/** What the client sends: auth, encodings, paths, queries, redirects and pre-signed URLs. */
const clock = useFakeClock(undefined, 1);
const setup = (extra: ClientOptions = {}) => ({ ...loggedClient(extra), waits: clock().sleeps });

describe("Bynder client", () => {
  it("sends the bearer token and an explicit encoding per request", async () => {
    const scope = nock(PORTAL, {
      reqheaders: {
        authorization: `Bearer ${ACCESS_TOKEN}`,
        "content-type": "application/x-www-form-urlencoded",
      },
    })
      .post("/api/v4/media/ABC/", "name=Hero&tags=a%2Cb")
      .reply(202, { message: "Accepted", statuscode: 202 });
    const { client } = setup();
    const res = await client.request({
      method: "POST",
      path: "/api/v4/media/{id}/",
      pathParams: { id: "ABC" },
      body: {
        encoding: "form",
        fields: { name: "Hero", tags: ["a", "b"], description: undefined },
      },
    });
    expect(res.data).toEqual({ message: "Accepted", statuscode: 202 });
    expect(scope.isDone()).toBe(true);
  });

  it("sends JSON bodies as application/json and no content type on GET", async () => {
    nock(PORTAL, { reqheaders: { "content-type": "application/json" } })
      .post("/api/workflow/campaigns/", { name: "Spring" })
      .reply(201, { id: "c1" });
    nock(PORTAL, { badheaders: ["content-type"] })
      .get("/api/v4/account/")
      .reply(200, { name: "Acme" });
    const { client } = setup();
    await expect(
      client.request({
        method: "POST",
        path: "/api/workflow/campaigns/",
        body: { encoding: "json", value: { name: "Spring" } },
      }),
    ).resolves.toMatchObject({ status: 201 });
    await expect(
      client.request({ method: "GET", path: "/api/v4/account/" }),
    ).resolves.toMatchObject({ data: { name: "Acme" } });
  });

  it("URL-encodes path parameters so an ID can never change the path", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/users/..%2Fusers/")
      .reply(200, {})
      .get("/api/v4/users/a%2Fb%3Fx%3D1/")
      .reply(200, {});
    const { client } = setup();
    await client.request({
      method: "GET",
      path: "/api/v4/users/{id}/",
      pathParams: { id: "../users" },
    });
    await client.request({
      method: "GET",
      path: "/api/v4/users/{id}/",
      pathParams: { id: "a/b?x=1" },
    });
    expect(scope.isDone()).toBe(true);
    for (const id of ["..", ".", "%2e%2E"]) {
      await expect(
        client.request({ method: "GET", path: "/api/v4/users/{id}/", pathParams: { id } }),
      ).rejects.toThrow(/cannot be/);
    }
  });

  it("omits undefined query values and joins arrays with commas", async () => {
    const scope = nock(PORTAL)
      .get("/api/v4/metaproperties/")
      .query({ ids: "a,b", type: "image" })
      .reply(200, {});
    const { client } = setup();
    await client.request({
      method: "GET",
      path: "/api/v4/metaproperties/",
      query: { ids: ["a", "b"], type: "image", count: undefined },
    });
    expect(scope.isDone()).toBe(true);
  });

  it("refuses to follow redirects, which could carry the token elsewhere", async () => {
    nock(PORTAL)
      .get("/api/v4/account/")
      .reply(302, "", { Location: "https://evil.example.com/steal" });
    const { client } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(err.message).toContain("HTTP 302");
  });

  it("calls pre-signed URLs on other hosts without the bearer token", async () => {
    const scope = nock("https://bucket.s3.amazonaws.com", { badheaders: ["authorization"] })
      .get("/file.jpg")
      .query({ "X-Amz-Signature": "sig" })
      .reply(200, "bytes");
    const { client } = setup();
    await client.requestUnauthenticated(
      "https://bucket.s3.amazonaws.com/file.jpg?X-Amz-Signature=sig",
      { method: "GET", responseType: "text" },
    );
    expect(scope.isDone()).toBe(true);
    await expect(
      client.requestUnauthenticated("http://bucket.s3.amazonaws.com/x", { method: "GET" }),
    ).rejects.toThrow(/only https/);
  });
});
