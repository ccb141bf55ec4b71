import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { oauthConnection } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

/** Raw Request's inputs, checked on the request as it reaches the HTTP boundary. */
const harness = createHarness(component);

async function raw(inputs: Record<string, unknown>, status = 200) {
  const portal = recordPortal(() => [status, { ok: status < 400 }]);
  try {
    await harness.action("rawRequest", {
      connection: oauthConnection(),
      url: "/api/v4/things/",
      method: "GET",
      retryDelayMS: "0",
      ...inputs,
    });
    return { requests: portal.requests, error: undefined as Error | undefined };
  } catch (error) {
    return { requests: portal.requests, error: error as Error };
  } finally {
    portal.stop();
  }
}

describe("Raw Request's retry toggles use the one strict boolean parser", () => {
  it.each(["0", "off", "false ", "No", ""])(
    'Retry On All Errors "%s" is off: a POST that fails with 500 is sent once',
    async (value) => {
      const { requests, error } = await raw(
        { method: "POST", data: "{}", maxRetries: "2", retryAllErrors: value },
        500,
      );
      expect(error?.message).toMatch(/500/);
      expect(requests).toHaveLength(1);
    },
  );

  it('Retry On All Errors "true" retries the POST', async () => {
    const { requests } = await raw(
      { method: "POST", data: "{}", maxRetries: "2", retryAllErrors: " TRUE" },
      500,
    );
    expect(requests).toHaveLength(3);
  });

  it.each([
    ["retryAllErrors", "Retry On All Errors"],
    ["useExponentialBackoff", "Use Exponential Backoff"],
  ])("%s refuses null, maybe and lists before any request", async (key, label) => {
    for (const value of ["null", "maybe", ["true"]]) {
      const { requests, error } = await raw({ [key]: value });
      expect(error?.message).toContain(`Input "${label}" must be true or false`);
      expect(requests).toEqual([]);
    }
  });
});

describe("Raw Request's key/value inputs keep every row", () => {
  it("sends a repeated Query Parameter repeated, in order", async () => {
    const { requests } = await raw({
      queryParams: [
        { key: "tag", value: "a" },
        { key: "tag", value: "b, c" },
        { key: "q", value: " spaced " },
      ],
    });
    expect(requests[0].query).toEqual([
      ["tag", "a"],
      ["tag", "b, c"],
      ["q", " spaced "],
    ]);
  });

  it("comma-joins a repeated header, whatever its case", async () => {
    const { requests } = await raw({
      headers: [
        { key: "X-Trace", value: "one" },
        { key: "x-trace", value: "two" },
      ],
    });
    expect(requests[0].headers["x-trace"]).toBe("one, two");
  });

  it("refuses a second Content-Type and an Authorization header in any case, before any request", async () => {
    for (const [headers, message] of [
      [
        [
          { key: "Content-Type", value: "text/plain" },
          { key: "content-type", value: "text/csv" },
        ],
        'Input "Header" sets "content-type" more than once',
      ],
      [[{ key: "AUTHORIZATION", value: "Bearer x" }], 'Input "Header" "AUTHORIZATION" cannot'],
    ] as const) {
      const { requests, error } = await raw({ method: "POST", data: "x", headers });
      expect(error?.message).toContain(message);
      expect(requests).toEqual([]);
    }
  });

  it("appends repeated Form Data keys as repeated multipart fields", async () => {
    const { requests } = await raw({
      method: "POST",
      formData: [
        { key: "tag", value: "a" },
        { key: "tag", value: "b" },
      ],
    });
    expect(requests[0].body.match(/name="tag"/g)).toHaveLength(2);
    expect(requests[0].body).toMatch(/name="tag"\r\n\r\na\r\n[\s\S]*name="tag"\r\n\r\nb\r\n/);
  });

  it("refuses a File Data row whose key is blank instead of dropping the file", async () => {
    const { requests, error } = await raw({
      method: "POST",
      fileData: [{ key: " ", value: { data: Buffer.from("bytes"), contentType: "text/plain" } }],
    });
    expect(error?.message).toBe('Input "File Data" has a file with a blank key.');
    expect(requests).toEqual([]);
  });

  it("refuses a file name for a key that has no file", async () => {
    const { requests, error } = await raw({
      method: "POST",
      fileData: [{ key: "file", value: { data: Buffer.from("x"), contentType: "text/plain" } }],
      fileDataFileNames: [{ key: "fiel", value: "a.txt" }],
    });
    expect(error?.message).toContain('Input "File Data File Names" has the key "fiel"');
    expect(requests).toEqual([]);
  });
});
