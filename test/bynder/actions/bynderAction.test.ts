import { component } from "@prismatic-io/spectral";
import { createHarness } from "@prismatic-io/spectral/dist/testing";
import nock from "nock";
import { bynderAction } from "../../../src/bynder/actions/bynderAction";
import { dataInput, extraParametersInput } from "../../../src/bynder/inputs/common";
import {
  flagInput,
  idInput,
  integerInput,
  optionalBooleanInput,
  textInput,
} from "../../../src/core/inputs/factories";
import { oauthConnection, PORTAL } from "../../helpers/connections";

const updateThing = bynderAction({
  label: "Update Thing",
  description: "Update a thing.",
  inputs: {
    id: idInput({ label: "Thing ID", comments: "The thing." }),
    name: textInput({ label: "Name", comments: "New name." }),
    size: integerInput({ label: "Size", comments: "Size.", min: 1, max: 1000 }),
    notify: flagInput({ label: "Notify", comments: "Send mail." }),
    isPublic: optionalBooleanInput({ label: "Is Public", comments: "Public?" }),
    data: dataInput,
    extra: extraParametersInput,
  },
  method: "POST",
  path: "/api/v4/things/{id}/",
  query: { notify: (p) => (p.notify ? 1 : undefined) },
  body: { name: "name", size: "size", isPublic: "isPublic" },
  encoding: "form",
  dataInput: "data",
  extraQueryInput: "extra",
  examplePayload: { data: { message: "Accepted", statuscode: 202 } },
});

const testComponent = component({
  key: "test",
  display: { label: "Test", description: "Test", iconPath: "icon.png" },
  actions: { updateThing },
});
const harness = createHarness(testComponent);

function capture() {
  const seen: { path: string; query: Record<string, string>; body: Record<string, string> }[] = [];
  const scope = nock(PORTAL)
    .post(/\/api\/v4\/things\/.*/)
    .query(true)
    .reply((uri, body) => {
      const url = new URL(uri, PORTAL);
      seen.push({
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: Object.fromEntries(new URLSearchParams(String(body))),
      });
      return [202, { message: "Accepted", statuscode: 202 }];
    });
  return { seen, scope };
}

const run = (inputs: Record<string, unknown>) =>
  harness.action("updateThing", { connection: oauthConnection(), ...inputs });

describe("the action helper", () => {
  it("gives the action a camelCase-able label, the connection input and a description with the endpoint", () => {
    expect(Object.keys(updateThing.inputs)[0]).toBe("connection");
    expect(updateThing.display.description).toBe(
      "Update a thing. Bynder API: POST /api/v4/things/{id}/ (https://api.bynder.com/reference).",
    );
  });

  it("omits blank optional inputs instead of sending empty strings, zeros or false", async () => {
    const { seen } = capture();
    await run({ id: "T1", name: "", size: "", notify: "false", isPublic: "", data: "", extra: [] });
    expect(seen).toEqual([{ path: "/api/v4/things/T1/", query: {}, body: {} }]);
  });

  it("sends filled inputs, merges Data into the body and Extra Parameters into the query", async () => {
    const { seen } = capture();
    await run({
      id: "T/1",
      name: "Hero",
      size: "20",
      notify: "true",
      isPublic: "false",
      data: '{"description":"New","tags":"a,b"}',
      extra: [{ key: "keyword", value: "spring" }],
    });
    expect(seen).toEqual([
      {
        path: "/api/v4/things/T%2F1/",
        query: { notify: "1", keyword: "spring" },
        body: { name: "Hero", size: "20", isPublic: "false", description: "New", tags: "a,b" },
      },
    ]);
  });

  it("lets Data set a mapped field that was left blank", async () => {
    const { seen } = capture();
    await run({ id: "T1", name: "", data: '{"name":"From Data"}' });
    expect(seen[0].body).toEqual({ name: "From Data" });
  });

  it.each([
    [{ id: "" }, 'Input "Thing ID" is required but was left blank.'],
    [{ id: "T1", data: "{not json" }, 'Input "Data" is not valid JSON'],
    [
      { id: "T1", data: "[1,2]" },
      'Input "Data" must be a JSON object like {"key": "value"} (got an array).',
    ],
    [{ id: "T1", data: '"text"' }, 'Input "Data" must be a JSON object'],
    [{ id: "T1", size: "1001" }, 'Input "Size" must be at most 1000 (got 1001).'],
    [{ id: "T1", size: "ten" }, 'Input "Size" must be a whole number (got "ten").'],
    [{ id: "T1", notify: "maybe" }, 'Input "Notify" must be true or false (got "maybe").'],
    [
      { id: "T1", extra: [{ key: "", value: "x" }] },
      'Input "Extra Parameters" has a value ("x") with a blank key.',
    ],
    [
      { id: "T1", name: "Hero", data: '{"name":"Override"}' },
      'Input "Data" sets "name", which the "Name" input controls and which was filled in: clear one of them.',
    ],
    [
      { id: "T1", extra: [{ key: "NOTIFY", value: "1" }] },
      'Input "Extra Parameters" sets "NOTIFY", which the "Notify" input controls',
    ],
  ])(
    "rejects bad input %j with an error naming the input, before any request",
    async (inputs, message) => {
      const { seen, scope } = capture();
      await expect(run(inputs)).rejects.toThrow(message);
      expect(seen).toEqual([]);
      expect(scope.isDone()).toBe(false);
      nock.cleanAll();
    },
  );

  it("refuses a description whose path placeholder has no input, or whose body has no encoding", () => {
    const base = {
      label: "X",
      description: "X.",
      inputs: {},
      method: "GET" as const,
      examplePayload: { data: {} },
    };
    expect(() => bynderAction({ ...base, path: "/api/v4/media/{id}/" })).toThrow(
      "path placeholder {id} has no input",
    );
    expect(() =>
      bynderAction({ ...base, method: "POST", path: "/api/v4/media/", body: {} }),
    ).toThrow("needs an explicit encoding");
  });
});
