import { describeBrandfolderError } from "../../src/brandfolder/errors";
import { resolveIncluded } from "../../src/brandfolder/jsonApi";

const key = { id: "k1", type: "custom_field_keys", attributes: { name: "color" } };
const tag = (id: string) => ({ id, type: "tags", attributes: { name: id } });

describe("resolveIncluded", () => {
  it("puts each included record a resource refers to under related.<relationship>", () => {
    const doc = {
      data: [
        {
          id: "v1",
          type: "custom_field_values",
          relationships: {
            custom_field_key: { data: { type: "custom_field_keys", id: "k1" } },
            tags: {
              data: [
                { type: "tags", id: "t1" },
                { type: "tags", id: "missing" },
              ],
            },
          },
        },
        { id: "v2", type: "custom_field_values" },
      ],
      included: [key, tag("t1"), tag("t2")],
      meta: { total_count: 2 },
    };
    expect(resolveIncluded(doc)).toEqual({
      ...doc,
      data: [
        { ...doc.data[0], related: { custom_field_key: key, tags: [tag("t1")] } },
        doc.data[1],
      ],
    });
  });

  it("matches by type and id together, never by id alone", () => {
    const doc = {
      data: {
        id: "a",
        type: "assets",
        relationships: { section: { data: { type: "sections", id: "k1" } } },
      },
      included: [key],
    };
    expect(resolveIncluded(doc)).toEqual(doc);
  });

  it("leaves a document without data as it is", () => {
    expect(resolveIncluded({})).toEqual({ data: undefined });
    expect(resolveIncluded("")).toBe("");
  });
});

describe("Brandfolder's error bodies", () => {
  const redact = (t: string) => t.replace(/s3cr3t/g, "[REDACTED]");
  it.each([
    ["a plain string", "Asset not found", "Asset not found"],
    ["a JSON string", '"Asset not found"', "Asset not found"],
    [
      "JSON:API errors",
      { errors: [{ title: "Bad", detail: "Name is required" }] },
      "Name is required",
    ],
    ["JSON text", '{"error": "Forbidden"}', "Forbidden"],
    ["HTML", "<html><body><h1>Oops</h1> s3cr3t</body></html>", "Oops [REDACTED]"],
  ])("reads %s", (_name, body, message) => {
    expect(describeBrandfolderError(body, redact)).toEqual({ message });
  });

  it("cuts a long body after redacting it", () => {
    const { message } = describeBrandfolderError(`${"x".repeat(295)}s3cr3t and more`, redact);
    expect(message).toBe(`${"x".repeat(295)}[REDA…`);
  });

  it("says nothing for an empty body", () => {
    expect(describeBrandfolderError("  ", redact)).toEqual({});
    expect(describeBrandfolderError(undefined, redact)).toEqual({});
  });
});
