import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../src/brandfolder";
import { contracts } from "./contracts";
import fixture from "../fixtures/brandfolder/openapi.json";
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
  /** A request to another host (storage, a CDN), with its documented operation if it has one. */
  external?: { operation?: string };
}

afterEach(() => nock.cleanAll());

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
        // Storage gets no key and none of the API's headers.
        const host = want.external
          ? nock(want.external.origin, { badheaders: ["authorization"] })
          : scope;
        host
          .intercept(want.path, want.method)
          .query(true)
          .reply(function (uri, body) {
            const url = new URL(uri, want.external?.origin ?? HOST);
            seen.push({
              method: this.req.method ?? "",
              path: url.pathname,
              query: Object.fromEntries(url.searchParams),
              body:
                body === "" || want.external
                  ? undefined
                  : typeof body === "string"
                    ? JSON.parse(body)
                    : body,
              reply: undefined,
              external: want.external && { operation: want.external.operation },
            });
            const reply = want.reply && "body" in want.reply ? want.reply.body : example;
            seen[seen.length - 1].reply = reply;
            return [want.reply?.status ?? 200, reply as nock.Body, want.reply?.headers ?? {}];
          });
      }
      const result = await harness.action(key, { connection, ...contract.inputs });
      (seen as unknown as { result: unknown }).result = (result as { data?: unknown })?.data;
      expect(nock.isDone()).toBe(true);
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

    it("sends only what the official OpenAPI documents for each operation", () => {
      const api = seen.filter((r) => !r.external);
      expect(api.flatMap(openapiProblems)).toEqual([]);
      const operations = Object.keys(fixture.operations);
      const named = seen.flatMap((r) => r.external?.operation ?? []);
      expect(named.filter((o) => !operations.includes(o))).toEqual([]);
    });

    it("is answered as the OpenAPI documents Brandfolder's answer, so its example is realistic", () => {
      const api = seen.filter((r) => !r.external);
      expect(api.flatMap((r) => responseProblems(r.method, r.path, r.reply))).toEqual([]);
    });

    it("links the reference page of the operation it calls", () => {
      // Raw Request calls whatever the user asks: it links the reference itself.
      if (key === "rawRequest") return;
      const description = component.actions[key].display.description;
      const pages = contract.requests
        .filter((r) => !r.external)
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
