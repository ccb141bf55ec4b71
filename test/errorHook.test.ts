import { AxiosError, AxiosHeaders } from "axios";
import { errorHook } from "../src/errorHook";

describe("the component error hook", () => {
  it("replaces a raw axios error with a plain error that has no token", () => {
    const config = {
      method: "get",
      url: "https://acme.bynder.com/api/v4/media/",
      headers: new AxiosHeaders({ Authorization: "Bearer abc.def.secret-token" }),
    };
    const raw = new AxiosError("Request failed", "ERR_BAD_RESPONSE", config);
    const safe = errorHook(raw) as Error;
    expect(safe).not.toBe(raw);
    expect(safe.message).toBe(
      "Request to GET https://acme.bynder.com/api/v4/media/ failed: Request failed",
    );
    expect(JSON.stringify(safe, Object.getOwnPropertyNames(safe))).not.toContain("secret-token");
  });

  it("passes other errors through unchanged", () => {
    const err = new Error("x");
    expect(errorHook(err)).toBe(err);
  });
});
