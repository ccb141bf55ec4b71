import { isConnectionError } from "@prismatic-io/spectral";
import nock from "nock";
import type { ClientOptions } from "../../../src/core/http/client";
import { BynderApiError } from "../../../src/bynder/client/errors";
import { failure, loggedClient } from "../../helpers/client";
import { ACCESS_TOKEN, CLIENT_SECRET, PORTAL } from "../../helpers/connections";
import { useFakeClock } from "../../helpers/clock";

/** How a failed request reads: error shapes, 401 and 403 advice, and secrets redacted. */
const clock = useFakeClock(undefined, 1);
const setup = (extra: ClientOptions = {}) => ({ ...loggedClient(extra), waits: clock().sleeps });

describe("Bynder client", () => {
  it.each([
    [{ message: "Not found", statuscode: 404 }, 404, "Not found"],
    [{ message: "Order does not exist", status_code: 404 }, 404, "Order does not exist"],
    [
      { errorCode: "TAXONOMY_404", message: "Unknown metaproperty" },
      404,
      "Unknown metaproperty (Bynder code TAXONOMY_404)",
    ],
    [{ error: "invalid_grant", error_description: "Code expired" }, 400, "Code expired"],
    [
      "<html><head><style>b{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>",
      400,
      "502 Bad Gateway nginx",
    ],
    ['{"filename": "is required"}', 400, '{"filename":"is required"}'],
  ])("turns Bynder's error shape %j into a readable message", async (body, status, expected) => {
    nock(PORTAL)
      .get("/api/v4/media/X/")
      .reply(
        status,
        body as nock.Body,
        typeof body === "string" && body.startsWith("<") ? { "Content-Type": "text/html" } : {},
      );
    const { client } = setup();
    const err = (await failure(
      client.request({ method: "GET", path: "/api/v4/media/{id}/", pathParams: { id: "X" } }),
    )) as BynderApiError;
    expect(err.message).toContain(`failed with HTTP ${status}: ${expected}`);
    expect(err.status).toBe(status);
    expect(err.method).toBe("GET");
    expect(err.url).toBe(`${PORTAL}/api/v4/media/X/`);
  });

  it("cuts long text bodies to a readable length", async () => {
    nock(PORTAL).get("/api/v4/account/").reply(400, "x".repeat(5000));
    const { client } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/account/" }));
    expect(err.message.length).toBeLessThan(450);
  });

  it("turns a 401 into a connection error that says to reconnect", async () => {
    nock(PORTAL)
      .get("/api/v4/currentUser/")
      .reply(401, "Invalid or expired token.", { "Content-Type": "text/plain" });
    const { client } = setup();
    const err = await failure(client.request({ method: "GET", path: "/api/v4/currentUser/" }));
    expect(isConnectionError(err)).toBe(true);
    expect(err.message).toContain("Invalid or expired token.");
    expect(err.message).toContain("Reconnect the Bynder connection");
  });

  it("names the probably missing scope and role on a 403", async () => {
    nock(PORTAL)
      .post("/api/v4/collections/C1/share/")
      .reply(403, { message: "Access denied", statuscode: "403" });
    const { client } = setup();
    const err = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/collections/{id}/share/",
        pathParams: { id: "C1" },
        body: { encoding: "form", fields: {} },
      }),
    );
    expect(err.message).toContain('"collection:write" scope');
    expect(err.message).toContain("security role");
  });
});

describe("secret redaction", () => {
  it("never logs the token, the client secret or a password, even with debug logging on", async () => {
    nock(PORTAL)
      .post("/api/v4/users/")
      .query(true)
      .reply(400, { message: `bad password hunter2-secret for token ${ACCESS_TOKEN}` });
    const { client, log } = setup({ debug: true });
    const err = await failure(
      client.request({
        method: "POST",
        path: "/api/v4/users/",
        query: { access_token: ACCESS_TOKEN },
        body: { encoding: "form", fields: { email: "a@b.co", password: "hunter2-secret" } },
      }),
    );
    const everything = [
      ...log.lines,
      err.message,
      JSON.stringify(err),
      JSON.stringify(Object.entries(err)),
    ].join("\n");
    expect(log.lines.some((l) => l.startsWith("debug Bynder POST"))).toBe(true);
    expect(everything).not.toContain(ACCESS_TOKEN);
    expect(everything).not.toContain(CLIENT_SECRET);
    expect(everything).not.toContain("hunter2-secret");
    expect(everything).toContain("[REDACTED]");
  });
});
