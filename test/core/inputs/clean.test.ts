import {
  optionalInteger,
  optionalText,
  parseBoolean,
  requiredId,
  requiredSecret,
} from "../../../src/core/inputs/clean";
import { flattenFormData } from "../../../src/bynder/inputs/formFields";
import { keyValuePairs, stringList } from "../../../src/core/inputs/lists";

describe("the input rule, piece by piece", () => {
  it("reads integers exactly, within their bounds or a 32-bit working range", () => {
    expect(optionalInteger("N", " +7 ")).toBe(7);
    expect(optionalInteger("N", "007")).toBe(7);
    expect(optionalInteger("N", 12)).toBe(12);
    expect(optionalInteger("N", "  ")).toBeUndefined();
    expect(() => optionalInteger("N", "2147483648")).toThrow(
      'Input "N" must be at most 2147483647 (got 2147483648).',
    );
    expect(() => optionalInteger("N", "99999999999999999999999")).toThrow(
      "(got 99999999999999999999999)",
    );
    expect(() => optionalInteger("N", true)).toThrow('Input "N" must be a whole number');
    expect(() => optionalInteger("N", [1])).toThrow("but got a list of 1 value");
  });

  it("reads booleans with one strict parser; blank is undefined", () => {
    expect([" TRUE", "yes", 1, true].map((v) => parseBoolean("B", v))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["false ", "OFF", "0", 0, false].map((v) => parseBoolean("B", v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["", "  ", null, undefined].map((v) => parseBoolean("B", v))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    for (const bad of ["null", "2", 2, {}, ["true"]])
      expect(() => parseBoolean("B", bad)).toThrow();
  });

  it("keeps free text and secrets verbatim, and never echoes a secret", () => {
    expect(optionalText("T", "  a,  b \n")).toBe("  a,  b \n");
    expect(optionalText("T", " \t ")).toBeUndefined();
    expect(requiredSecret("P", " pw ")).toBe(" pw ");
    const err = (() => {
      try {
        requiredSecret("P", { secret: "hunter2" });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(err).toBe('Input "P" must be text, but got an object.');
  });

  it("refuses lists, objects and dot segments in a single ID", () => {
    expect(requiredId("ID", "  A1 ")).toBe("A1");
    expect(requiredId("ID", 42)).toBe("42");
    expect(() => requiredId("ID", "..")).toThrow('Input "ID" cannot be "..".');
    expect(() => requiredId("ID", 1e21)).toThrow("cannot be sent exactly");
  });

  it("reads lists from rows, JSON text, objects with an id, or comma/newline text", () => {
    expect(stringList("L", ["A, B", "C\nD"])).toEqual(["A", "B", "C", "D"]);
    expect(stringList("L", ' ["A", "B"] ')).toEqual(["A", "B"]);
    expect(stringList("L", [{ id: "A" }, { ID: 7 }])).toEqual(["A", "7"]);
    expect(stringList("L", ["Paris, France", " x "], { items: "text" })).toEqual([
      "Paris, France",
      " x ",
    ]);
    expect(() => stringList("L", { media: [] })).toThrow("the list inside this object");
  });

  it("keeps every key/value row in order, expanding list values", () => {
    expect(
      keyValuePairs("K", [
        { key: " a ", value: "1" },
        { key: "a", value: " 2 " },
        { key: "", value: "" },
      ]),
    ).toEqual([
      ["a", "1"],
      ["a", " 2 "],
    ]);
    expect(keyValuePairs("K", '{"a": ["1", "2"]}')).toEqual([
      ["a", "1"],
      ["a", "2"],
    ]);
  });

  it("flattens Bynder's metaproperty dictionary and refuses a field set twice", () => {
    expect(
      flattenFormData("Data", { metaproperty: { M: ["a", "b"] }, archive: true, n: 3 }),
    ).toEqual({ "metaproperty.M": "a,b", archive: "true", n: "3" });
    expect(() =>
      flattenFormData("Data", { "metaproperty.M": "a", metaproperty: { M: "b" } }),
    ).toThrow('Input "Data" sets "metaproperty.M" twice');
  });
});
