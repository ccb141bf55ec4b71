import type { Inputs } from "@prismatic-io/spectral";
import type { BynderActionSpec, Params } from "../../../src/bynder/actions/bynderAction";
import {
  buildActionRequest as buildWith,
  pathPlaceholders,
} from "../../../src/core/actions/buildRequest";
import { bynder } from "../../../src/bynder/vendor";
import { InputError } from "../../../src/core/inputs/clean";
import { dataInput, extraParametersInput, limitInput } from "../../../src/bynder/inputs/common";
import { idInput, textInput } from "../../../src/core/inputs/factories";

// Pure request building: no client, no HTTP; the inputs below are already "cleaned" values.
// Bynder's form flattening is what the declarative helper passes in.
const buildActionRequest: typeof buildWith = (spec, params) =>
  buildWith(spec, params, bynder.formFields);
const inputs = {
  id: idInput({ label: "Asset ID", comments: "The asset." }),
  name: textInput({ label: "Name", comments: "A name." }),
  limit: limitInput,
  extra: extraParametersInput,
  data: dataInput,
};

function spec(over: Partial<BynderActionSpec<typeof inputs, unknown>> = {}) {
  return {
    label: "Test Action",
    description: "Does a thing.",
    inputs,
    method: "POST",
    path: "/api/v4/media/{id}/",
    query: { limit: "limit", total: () => 1 },
    body: { name: "name" },
    encoding: "form",
    dataInput: "data",
    extraQueryInput: "extra",
    examplePayload: { data: {} },
    ...over,
  } as BynderActionSpec<typeof inputs, unknown>;
}

const params = (values: Record<string, unknown>) => values as Params<typeof inputs & Inputs>;

describe("buildActionRequest", () => {
  it("fills path placeholders from the inputs and lists them", () => {
    expect(pathPlaceholders("/api/v4/media/{id}/download/{itemId}/")).toEqual(["id", "itemId"]);
    const request = buildActionRequest(spec(), params({ id: "A1" }));
    expect(request.path).toBe("/api/v4/media/{id}/");
    expect(request.pathParams).toEqual({ id: "A1" });
  });

  it("maps inputs and derived values into the query, leaving out blank ones", () => {
    const request = buildActionRequest(spec(), params({ id: "A1", limit: undefined }));
    expect(request.query).toEqual({ total: 1 });
    const withLimit = buildActionRequest(spec(), params({ id: "A1", limit: 20 }));
    expect(withLimit.query).toEqual({ limit: 20, total: 1 });
  });

  it("sends Extra Parameters, a repeated key once and comma-joined", () => {
    const request = buildActionRequest(
      spec(),
      params({
        id: "A1",
        extra: [
          ["tags", "spring"],
          ["tags", "hero"],
          ["type", "image"],
        ],
      }),
    );
    expect(request.query).toEqual({ total: 1, tags: "spring,hero", type: "image" });
  });

  it("refuses an Extra Parameter that a mapped input controls, whatever its case", () => {
    const build = () =>
      buildActionRequest(spec(), params({ id: "A1", limit: 10, extra: [["LIMIT", "5000"]] }));
    expect(build).toThrow(InputError);
    expect(build).toThrow(/Extra Parameters.*"LIMIT".*"Limit" input/);
  });

  it("merges Data over the mapped body fields and refuses a field set by both", () => {
    const merged = buildActionRequest(
      spec(),
      params({ id: "A1", name: "Hero", data: { tags: "a" } }),
    );
    expect(merged.body).toEqual({ encoding: "form", fields: { name: "Hero", tags: "a" } });
    expect(() =>
      buildActionRequest(spec(), params({ id: "A1", name: "Hero", data: { name: "Other" } })),
    ).toThrow(/Data.*"name".*"Name" input/);
  });

  it("flattens Data's metaproperty dictionary into Bynder's form fields", () => {
    const request = buildActionRequest(
      spec(),
      params({ id: "A1", data: { metaproperty: { M1: ["o1", "o2"], M2: "o3" } } }),
    );
    expect(request.body).toEqual({
      encoding: "form",
      fields: { "metaproperty.M1": "o1,o2", "metaproperty.M2": "o3" },
    });
  });

  it("refuses other nested Data in a form body instead of sending JSON text", () => {
    expect(() =>
      buildActionRequest(spec(), params({ id: "A1", data: { description: { en: "x" } } })),
    ).toThrow(/Data.*"description"/);
  });

  it("keeps nested Data as JSON for a JSON body", () => {
    const request = buildActionRequest(
      spec({ encoding: "json" }),
      params({ id: "A1", data: { stages: [{ id: 1 }] } }),
    );
    expect(request.body).toEqual({ encoding: "json", value: { stages: [{ id: 1 }] } });
  });

  it("has no body when the spec describes none", () => {
    const request = buildActionRequest(
      spec({ method: "GET", body: undefined, dataInput: undefined, encoding: undefined }),
      params({ id: "A1" }),
    );
    expect(request.body).toBeUndefined();
  });
});
