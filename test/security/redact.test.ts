import { Redactor, secretVariants } from "../../src/client/redact";

describe("the redactor", () => {
  const redactor = new Redactor(['p@ss w"rd/+&x']);

  it("masks a known secret in every spelling an echo may use", () => {
    for (const spelled of secretVariants('p@ss w"rd/+&x')) {
      expect(redactor.text(`before ${spelled} after`)).toBe("before [REDACTED] after");
    }
    expect(secretVariants('p@ss w"rd/+&x')).toEqual(
      expect.arrayContaining([
        "p%40ss%20w%22rd%2F%2B%26x",
        "p%40ss+w%22rd%2F%2B%26x",
        'p@ss w\\"rd\\/+&x',
        "p@ss w&quot;rd/+&amp;x",
      ]),
    );
  });

  it("masks values of secret-named keys it was never told about, in queries, forms and JSON", () => {
    const text =
      'GET /x?page=2&access_token=abc123&Password=a+b%20c; body {"client_secret": "s\\"q", "name": "kept"} X-Amz-Signature=f00d';
    expect(redactor.text(text)).toBe(
      // A value runs to the next & or space: a ";" inside a password must not end the mask early.
      'GET /x?page=2&access_token=[REDACTED]&Password=[REDACTED] body {"client_secret": "[REDACTED]", "name": "kept"} X-Amz-Signature=[REDACTED]',
    );
  });

  it("masks bearer and basic credentials, also form-encoded", () => {
    expect(redactor.text("Authorization: Bearer a.b-c and Basic+dXNlcjpw")).toBe(
      "Authorization: Bearer [REDACTED] and Basic [REDACTED]",
    );
  });

  it("leaves ordinary text alone", () => {
    const text = "Bynder GET https://acme.bynder.com/api/v4/media/?page=2&limit=50 -> 200 in 12 ms";
    expect(redactor.text(text)).toBe(text);
  });

  it("masks secret-named keys in objects without changing the original", () => {
    const body = { email: "a@b.co", password: "x", nested: { refresh_token: "y", id: 1 } };
    expect(redactor.value(body)).toEqual({
      email: "a@b.co",
      password: "[REDACTED]",
      nested: { refresh_token: "[REDACTED]", id: 1 },
    });
    expect(body.password).toBe("x");
  });
});
