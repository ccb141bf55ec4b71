import { idFromLocation } from "../../../src/core/actions/idFromLocation";

describe("idFromLocation", () => {
  it("reads the ID after the named segment, from an absolute or a relative URL", () => {
    expect(idFromLocation("https://acme.bynder.com/api/v4/collections/C%201/", "collections")).toBe(
      "C 1",
    );
    expect(idFromLocation("/api/workflow/campaigns/3F9A?x=1", "campaigns")).toBe("3F9A");
  });

  it("finds nothing when the header names another kind of object, or is missing", () => {
    expect(idFromLocation("/api/workflow/campaigns/3F9A", "collections")).toBeUndefined();
    expect(idFromLocation(undefined, "campaigns")).toBeUndefined();
  });

  it("keeps an ID with a stray % as it is instead of failing a create that succeeded", () => {
    expect(idFromLocation("/api/v4/collections/50%off/", "collections")).toBe("50%off");
  });
});
