import type { VendorErrorBody } from "../core/http/profile";

const MAX_BODY_TEXT = 300;
type Redact = (text: string) => string;

/** Plain text of a (possibly HTML) message, cut to a readable length. Redact BEFORE calling. */
function squash(text: string): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_BODY_TEXT ? `${plain.slice(0, MAX_BODY_TEXT)}…` : plain;
}

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
  return text === undefined ? {} : { message: squash(redact(text)) };
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
    return { message: squash(redact(unquoted)) };
  }
  if (data && typeof data === "object") return fromObject(data as Record<string, unknown>, redact);
  return {};
}
