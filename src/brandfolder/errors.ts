import { plainErrorText } from "../core/http/errors";
import type { VendorErrorBody } from "../core/http/profile";

type Redact = (text: string) => string;

function fromObject(body: Record<string, unknown>, redact: Redact): VendorErrorBody {
  // JSON:API-style `errors: [{title, detail}]`, or a bare `{error|message}`.
  const first = Array.isArray(body.errors) ? (body.errors[0] as Record<string, unknown>) : body;
  const text = [
    first?.detail,
    first?.title,
    first?.message,
    first?.error,
    body.message,
    body.error,
  ].find((v) => typeof v === "string" && v.trim() !== "") as string | undefined;
  return text === undefined ? {} : { message: plainErrorText(redact(text)) };
}

/**
 * Reads Brandfolder's error body: a plain string on 72 of its 73 operations (the OpenAPI's
 * `default` answer), sometimes JSON. `redact` runs before the text is cut short.
 */
export function describeBrandfolderError(body: unknown, redact: Redact): VendorErrorBody {
  let data = body;
  if (Buffer.isBuffer(data)) data = data.toString("utf8");
  if (data instanceof ArrayBuffer) data = Buffer.from(data).toString("utf8");
  if (typeof data === "string") {
    const trimmed = data.trim();
    if (!trimmed) return {};
    if (trimmed.startsWith("{")) {
      try {
        return fromObject(JSON.parse(trimmed) as Record<string, unknown>, redact);
      } catch {
        // not JSON after all: plain text
      }
    }
    // A JSON string body ("\"Not found\"") reads as its text.
    const unquoted = /^".*"$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
    return { message: plainErrorText(redact(unquoted)) };
  }
  if (data && typeof data === "object") return fromObject(data as Record<string, unknown>, redact);
  return {};
}
