import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../src/brandfolder";
import { contracts } from "./contracts";
import { docPageFor, openapiProblems, responseProblems } from "./openapiFixture";

const HOST = "https://brandfolder.com";
const KEY = "bf-contract-key-1f2e3d4c";
const harness = createHarness(component);
const actionKeys = Object.keys(component.actions);
const connection = { key: "apiKey", configVarKey: "c", fields: { apiKey: `Bearer ${KEY}` } };

interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** What the test answered, as Brandfolder would have. */
  reply: unknown;
}

afterEach(() => nock.cleanAll());

/** Marks a request to a file URL (no API operation) in `seen`. */
const FILE_URL = Symbol("file URL");

describe("every Brandfolder action has a contract", () => {
  it.each(actionKeys)("%s has a contract entry", (key) => {
    expect(contracts[key]).toBeDefined();
  });

  it("has no contract for an action that does not exist", () => {
    expect(Object.keys(contracts).filter((k) => !actionKeys.includes(k))).toEqual([]);
  });
});

describe.each(Object.entries(contracts).filter(([k]) => actionKeys.includes(k)))(
  "%s",
  (key, contract) => {
    const seen: Seen[] = [];

    beforeAll(async () => {
      const action = component.actions[key];
      const example = (action.examplePayload as { data?: unknown } | undefined)?.data;
      // Every request carries both headers the reference requires, GETs and DELETEs included.
      const scope = nock(HOST, {
        reqheaders: {
          accept: "application/json",
          "content-type": "application/json",
          authorization: `Bearer ${KEY}`,
        },
      });
      for (const want of contract.requests) {
        // A file URL off the API: matched only when it carries no Authorization header.
        const on = want.unauthenticated
          ? nock(want.origin ?? HOST, { badheaders: ["authorization"] })
          : scope;
        on.intercept(want.path, want.method)
          .query(true)
          .reply(function (uri, body) {
            const url = new URL(uri, want.origin ?? HOST);
            seen.push({
              method: this.req.method ?? "",
              path: url.pathname,
              query: Object.fromEntries(url.searchParams),
              body: body === "" ? undefined : typeof body === "string" ? JSON.parse(body) : body,
              reply: undefined,
            });
            const reply = want.reply && "body" in want.reply ? want.reply.body : example;
            seen[seen.length - 1].reply = want.unauthenticated ? FILE_URL : reply;
            return [want.reply?.status ?? 200, reply as nock.Body, want.reply?.headers ?? {}];
          });
      }
      const result = await harness.action(key, { connection, ...contract.inputs });
      (seen as unknown as { result: unknown }).result = (result as { data?: unknown })?.data;
      expect(scope.isDone()).toBe(true);
    });

    it("sends exactly the requests of its contract, with the reference's headers", () => {
      expect(seen.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual(
        contract.requests.map((r) => ({
          method: r.method,
          path: r.path,
          query: r.query ?? {},
          body: r.body,
        })),
      );
    });

    // File URLs off the API are no operation of the OpenAPI.
    const api = () => seen.filter((r) => r.reply !== FILE_URL);

    it("sends only what the official OpenAPI documents for each operation", () => {
      expect(api().flatMap(openapiProblems)).toEqual([]);
    });

    it("is answered as the OpenAPI documents Brandfolder's answer, so its example is realistic", () => {
      expect(api().flatMap((r) => responseProblems(r.method, r.path, r.reply))).toEqual([]);
    });

    it("links the reference page of the operation it calls", () => {
      // Raw Request calls whatever the user asks: it links the reference itself.
      if (key === "rawRequest") return;
      const description = component.actions[key].display.description;
      const pages = contract.requests
        .filter((r) => !r.unauthenticated)
        .map((r) => docPageFor(r.method, r.path));
      // One call: its own page; several: the page of their tag.
      const want = pages.length === 1 ? pages[0] : pages[0]?.replace(/\/[^/]+$/, "");
      expect(description).toContain(`(${want}).`);
    });

    it("returns the example payload (or the contract's expected result)", () => {
      const example = (component.actions[key].examplePayload as { data?: unknown }).data;
      expect((seen as unknown as { result: unknown }).result).toEqual(contract.expected ?? example);
    });
  },
);
