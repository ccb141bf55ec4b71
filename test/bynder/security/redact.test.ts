import { Redactor, secretFieldValues, secretVariants } from "../../../src/core/http/redact";
import { jsonText } from "../../../src/core/http/request";

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

  // The patterns alone (no known value), as the error hook uses them.
  const bare = new Redactor();

  it("masks a form body's password echoed after body= or body:", () => {
    expect(bare.text("Invalid request body=password=hunter2%21&email=a%40b.co")).toBe(
      "Invalid request body=password=[REDACTED]&email=a%40b.co",
    );
    expect(bare.text("body: password=hunter2 rest")).toBe("body: password=[REDACTED] rest");
    expect(bare.text("body=email%3Da%40b.co%26password%3Dhunter2")).toBe(
      "body=email%3Da%40b.co%26password%3D[REDACTED]",
    );
  });

  it("masks a secret-named value inside URL/form-encoded JSON text and JSON held in a JSON string", () => {
    const form = new URLSearchParams({
      data: JSON.stringify({ name: "Region", password: 'hu"nt er2', zindex: 3 }),
    }).toString();
    expect(bare.text(form)).toBe(
      "data=%7B%22name%22%3A%22Region%22%2C%22password%22%3A%22[REDACTED]%22%2C%22zindex%22%3A3%7D",
    );
    expect(bare.text(encodeURIComponent('{"token": "abc def"}'))).toBe(
      "%7B%22token%22%3A%20%22[REDACTED]%22%7D",
    );
    const nested = JSON.stringify({ message: `bad ${JSON.stringify({ secret: 'x"y z', a: 1 })}` });
    expect(bare.text(nested)).toBe('{"message":"bad {\\"secret\\":\\"[REDACTED]\\",\\"a\\":1}"}');
  });

  it("collects secret-named values at every depth: objects, jsonText() fields and JSON text", () => {
    expect(
      secretFieldValues({
        data: jsonText({ name: "Region", labels: { password: "in-json-text" } }),
        raw: '{"list": [{"client_secret": "in-a-string"}]}',
        deep: { token: { value: "under-a-secret-key", n: 12345 } },
        password: "top-level",
        name: "not secret",
      }),
    ).toEqual(["in-json-text", "in-a-string", "under-a-secret-key", "12345", "top-level"]);
  });

  it("knows a secret JSON-escaped then URL- or form-encoded, as a password in a form field's JSON", () => {
    const secret = 'p@ss w"rd\\/+&x';
    const inForm = new URLSearchParams({ data: JSON.stringify({ password: secret }) }).toString();
    const redactor = new Redactor([secret]);
    // The key is not secret-named here, so only the known value can mask it.
    const renamed = inForm.replace("password", "pwd");
    expect(redactor.text(renamed)).toBe("data=%7B%22pwd%22%3A%22[REDACTED]%22%7D");
    expect(redactor.text(encodeURIComponent(JSON.stringify(secret)))).toBe("%22[REDACTED]%22");
  });
});
