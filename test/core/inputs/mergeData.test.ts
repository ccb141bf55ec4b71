import { InputError } from "../../../src/core/inputs/clean";
import { filledIn, mergeWithData } from "../../../src/core/inputs/mergeData";

describe("merging Data with the fields the inputs filled in", () => {
  const owner = (field: string) => filledIn(`the "${field}" input controls`);

  it("adds Data's fields after the named ones", () => {
    expect(mergeWithData("Data", { name: "Hero" }, { tags: "a,b" }, owner)).toEqual({
      name: "Hero",
      tags: "a,b",
    });
    expect(mergeWithData("Data", { name: "Hero" }, undefined, owner)).toEqual({ name: "Hero" });
  });

  it("refuses a field set both ways, naming the Data input, the field and who else sets it", () => {
    const merge = () => mergeWithData("Extra", { name: "Hero" }, { name: "Other" }, owner);
    expect(merge).toThrow(InputError);
    expect(merge).toThrow(
      'Input "Extra" sets "name", which the "name" input controls and which was filled in: clear one of them.',
    );
  });
});
