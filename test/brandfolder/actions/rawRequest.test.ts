import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../../src/brandfolder";
import { failure } from "../../helpers/client";

const HOST = "https://brandfolder.com";
const KEY = "bf-raw-key-5e6f7a8b";
const harness = createHarness(component);
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: KEY } };
const raw = (inputs: Record<string, unknown>) =>
  harness.action("rawRequest", { connection, method: "GET", ...inputs });

afterEach(() => nock.cleanAll());

describe("Raw Request", () => {
  it.each([
    [
      "another host",
      "https://evil.example.com/api/v4/brandfolders",
      "points at https://evil.example.com",
    ],
    [
      "a protocol-relative host",
      "//evil.example.com/api/v4/x",
      "points at https://evil.example.com",
    ],
    ["a path outside the API", "/login", "must be a path under /api/v4/ or /api/v1/"],
    ["a climb out of the API", "/api/v4/../../login", "must be a path under"],
    ["an escaped climb", "/api/v4/%2e%2e/%2E%2E/login", "must be a path under"],
    ["a backslash climb", "/api/v4/..\\..\\login", "must be a path under"],
    ["a broken escape", "/api/v4/100%", "does not start a valid %-escape"],
  ])("refuses %s before sending anything, and never sends the key", async (_name, url, problem) => {
    const error = await failure(raw({ url }));
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain(KEY);
  });

  it("accepts a full URL on the API host and a v1 path, with the reference's headers", async () => {
    const scope = nock(HOST, {
      reqheaders: {
        authorization: `Bearer ${KEY}`,
        accept: "application/json",
        "content-type": "application/json",
      },
    })
      .get("/api/v4/brandfolders")
      .query({ include: "organization", per: "5" })
      .reply(200, { data: [] })
      .delete("/api/v1/webhooks/w1")
      .reply(200, {});
    const list = await raw({
      url: `${HOST}/api/v4/brandfolders?include=organization`,
      queryParams: [{ key: "per", value: "5" }],
    });
    expect(list?.data).toEqual({ data: [] });
    await raw({ url: "api/v1/webhooks/w1", method: "DELETE" });
    expect(scope.isDone()).toBe(true);
  });

  it("sends Data as JSON exactly as given, and refuses text that is not JSON", async () => {
    let body: unknown;
    nock(HOST)
      .post("/api/v4/brandfolders/bf1/sections", (b) => {
        body = b;
        return true;
      })
      .reply(200, { data: { id: "s1" } });
    await raw({
      url: "/api/v4/brandfolders/bf1/sections",
      method: "POST",
      data: '{"data": {"attributes": {"name": "Logos", "position": 0}}}',
    });
    expect(body).toEqual({ data: { attributes: { name: "Logos", position: 0 } } });
    const error = await failure(raw({ url: "/api/v4/x", method: "POST", data: "{name" }));
    expect(error.message).toMatch(/^Input "Data" is not valid JSON/);
  });
});
