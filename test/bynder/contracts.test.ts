import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import component from "../../src/bynder";
import { contracts } from "./contracts";
import type { ContractRequest } from "./contracts/types";
import { CONNECTION_KINDS, PORTAL } from "../helpers/connections";

const harness = createHarness(component);
const actionKeys = Object.keys(component.actions);

interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  contentType?: string;
  authorization?: string;
}

function decodeBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(raw));
  if (contentType?.includes("application/json")) return JSON.parse(raw);
  return raw;
}

function expectRequest(seen: Seen, want: ContractRequest) {
  expect({ method: seen.method, path: seen.path, query: seen.query }).toEqual({
    method: want.method,
    path: want.path,
    query: want.query ?? {},
  });
  expect(seen.body).toEqual(want.body);
  if (want.encoding === "form")
    expect(seen.contentType).toContain("application/x-www-form-urlencoded");
  if (want.encoding === "json") expect(seen.contentType).toContain("application/json");
}

describe("every action has a contract", () => {
  it.each(actionKeys)("%s has a contract entry", (key) => {
    expect(contracts[key]).toBeDefined();
  });

  it("has no contract for an action that does not exist", () => {
    expect(Object.keys(contracts).filter((k) => !actionKeys.includes(k))).toEqual([]);
  });
});

const cases = Object.entries(contracts).filter(([k]) => actionKeys.includes(k));

// Every contract runs once per connection: each one must reach the same request with its own token.
describe.each(CONNECTION_KINDS)("with the $name connection", (kind) => {
  describe.each(cases)("%s", (key, contract) => {
    it("sends exactly the documented request and returns Bynder's answer", async () => {
      const action = component.actions[key];
      const example = (action.examplePayload as { data?: unknown } | undefined)?.data;
      const seen: Seen[] = [];
      const scope = nock(PORTAL);
      for (const want of contract.requests) {
        scope
          .intercept(want.path, want.method)
          .query(true)
          .reply(function (uri, body) {
            const url = new URL(uri, PORTAL);
            const contentType = this.req.headers["content-type"] as string | undefined;
            seen.push({
              method: this.req.method ?? "",
              path: url.pathname,
              query: Object.fromEntries(url.searchParams),
              body: decodeBody(typeof body === "string" ? body : JSON.stringify(body), contentType),
              contentType,
              authorization: this.req.headers.authorization as string | undefined,
            });
            const replyBody = want.reply && "body" in want.reply ? want.reply.body : example;
            return [want.reply?.status ?? 200, replyBody as nock.Body, want.reply?.headers ?? {}];
          });
      }
      const result = await harness.action(key, {
        connection: kind.make(PORTAL),
        ...contract.inputs,
      });
      expect(seen).toHaveLength(contract.requests.length);
      for (const [i, want] of contract.requests.entries()) {
        expectRequest(seen[i], want);
        expect(seen[i].authorization).toBe(want.unauthenticated ? undefined : kind.authorization);
      }
      const data = (result as { data?: unknown } | undefined)?.data;
      expect(data).toEqual(contract.expected ?? example);
      expect(scope.isDone()).toBe(true);
    });
  });
});
