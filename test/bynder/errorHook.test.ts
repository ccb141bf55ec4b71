import { inspect } from "node:util";
import { type Connection, ConnectionError } from "@prismatic-io/spectral";
import { AxiosError, AxiosHeaders } from "axios";
import { errorHook } from "../../src/core/errorHook";

const TOKEN = "abc.def.secret-token";

function axiosError(url = "https://acme.bynder.com/api/v4/media/") {
  const config = {
    method: "get",
    url,
    headers: new AxiosHeaders({ Authorization: `Bearer ${TOKEN}` }),
    data: "password=hunter2-secret",
  };
  return new AxiosError("Request failed", "ERR_BAD_RESPONSE", config);
}

/** Everything an error exposes: own properties, nested config and headers, stack, causes, aggregated errors. */
function dump(error: unknown): string {
  return `${inspect(error, { depth: 12, showHidden: true })}\n${JSON.stringify(error)}`;
}

describe("the component error hook", () => {
  it("replaces a raw axios error with a plain error that has no token", () => {
    const raw = axiosError();
    const safe = errorHook(raw) as Error;
    expect(safe).not.toBe(raw);
    expect(safe.message).toBe(
      "Request to GET https://acme.bynder.com/api/v4/media/ failed: Request failed",
    );
    expect(dump(safe)).not.toContain("secret-token");
  });

  it("replaces an axios error found anywhere in a cause chain", () => {
    const inner = new Error("while saving", { cause: axiosError() });
    const outer = new Error("step failed", { cause: inner });
    expect(dump(outer)).toContain(TOKEN);
    const safe = errorHook(outer) as Error;
    expect(safe).toBe(outer);
    expect(dump(safe)).not.toContain(TOKEN);
    expect(dump(safe)).not.toContain("hunter2-secret");
    expect(((safe.cause as Error).cause as Error).message).toContain("Request to GET");
  });

  it("replaces axios errors inside an AggregateError", () => {
    const agg = new AggregateError([new Error("fine"), axiosError()], "several failed");
    expect(dump(agg)).toContain(TOKEN);
    const safe = errorHook(agg) as AggregateError;
    expect(dump(safe)).not.toContain(TOKEN);
    expect(safe.errors).toHaveLength(2);
    expect((safe.errors[0] as Error).message).toBe("fine");
  });

  it("masks bearer and basic credentials and secret-named query values in any message", () => {
    const cause = new Error("GET /x?client_secret=cs-very-secret&page=2 failed");
    const err = new Error("sent Authorization: Bearer tok.en-value and Basic dXNlcjpwYXNz", {
      cause,
    });
    const safe = errorHook(err) as Error;
    const text = dump(safe);
    for (const secret of ["tok.en-value", "dXNlcjpwYXNz", "cs-very-secret"]) {
      expect(text).not.toContain(secret);
    }
    expect(safe.message).toBe("sent Authorization: Bearer [REDACTED] and Basic [REDACTED]");
    expect((safe.cause as Error).message).toBe("GET /x?client_secret=[REDACTED]&page=2 failed");
  });

  it("drops the credentials of a connection error built elsewhere", () => {
    const err = new ConnectionError(
      {
        key: "oauth2",
        fields: { clientSecret: "cs-very-secret" },
        token: { access_token: TOKEN },
      } as unknown as Connection,
      "reconnect",
    );
    const safe = errorHook(err) as ConnectionError;
    expect(safe.connection).toEqual({ key: "oauth2", fields: {} });
    expect(dump(safe)).not.toContain(TOKEN);
    expect(dump(safe)).not.toContain("cs-very-secret");
  });

  it("survives a cause cycle", () => {
    const a = new Error("a Bearer loop-token");
    const b = new Error("b", { cause: a });
    (a as Error & { cause?: unknown }).cause = b;
    const safe = errorHook(b) as Error;
    expect((safe.cause as Error).message).toBe("a Bearer [REDACTED]");
  });

  it("passes other values through unchanged", () => {
    const err = new Error("x");
    expect(errorHook(err)).toBe(err);
    expect(errorHook("plain text")).toBe("plain text");
  });
});
