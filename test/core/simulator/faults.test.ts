import { FaultRegistry } from "../../../simulator/core/faults";

describe("the simulator's fault registry", () => {
  it("lets `skip` matching requests through before a rule fires, then fires `times` times", () => {
    const faults = new FaultRegistry();
    faults.add({ method: "GET", path: /^\/api\/v4\/items$/, fault: "503", skip: 1, times: 2 });
    const seen = ["/api/v4/items", "/api/v4/other", "/api/v4/items", "/api/v4/items"].map((p) =>
      faults.take("GET", p),
    );
    expect(seen).toEqual([undefined, undefined, "503", "503"]);
    expect(faults.take("GET", "/api/v4/items")).toBeUndefined();
  });

  it("fires on the first matching request when no skip is given", () => {
    const faults = new FaultRegistry();
    faults.add({ path: "/api/v4/items/", fault: "reset" });
    expect([faults.take("POST", "/api/v4/items"), faults.take("GET", "/api/v4/items")]).toEqual([
      "reset",
      undefined,
    ]);
  });
});
