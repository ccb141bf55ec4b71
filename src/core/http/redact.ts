import type { Connection } from "@prismatic-io/spectral";
import { util } from "@prismatic-io/spectral";
import { JsonText } from "./request";

const REDACTED = "[REDACTED]";
const SECRET_KEY_NAMES =
  "authorization|password|passwd|client_secret|clientsecret|access_token|accesstoken|refresh_token|refreshtoken|id_token|token|secret|api_key|apikey|policy|signature|x-amz-signature|x-amz-credential|x-amz-security-token";
/** Field names whose values are secrets wherever they appear (bodies, queries, log objects). */
const SECRET_KEYS = new RegExp(`^(${SECRET_KEY_NAMES})$`, "i");
/**
 * `key=value` in a query string, form body or URL anywhere in a text (also `%3D`-encoded once),
 * including a form body echoed after `body=` or `body: `.
 */
const SECRET_QUERY = new RegExp(
  `(^|[?&;\\s"'(<,=:[{|]|%26|%3F|%3D)(${SECRET_KEY_NAMES})(=|%3D)[^&\\s"'<>#)\\]]*`,
  "gi",
);
/** `"key": "value"` in JSON text, including escaped quotes inside the value. */
const SECRET_JSON = new RegExp(`("(?:${SECRET_KEY_NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, "gi");
/** The same in JSON text URL- or form-encoded, e.g. a form field `data={"password": …}` echoed back. */
const SECRET_JSON_ENCODED = new RegExp(
  `(%22(?:${SECRET_KEY_NAMES})%22(?:%20|\\+)*%3A(?:%20|\\+)*%22)(?:%5C%5C|%5C%22|(?!%22)[^&\\s"])*`,
  "gi",
);
/** The same in JSON text held as a string inside JSON (`\"password\": \"…\"`); runs to `\",` or `\"}`. */
const SECRET_JSON_NESTED = new RegExp(
  `(\\\\+"(?:${SECRET_KEY_NAMES})\\\\+"\\s*:\\s*\\\\+")(?:(?!\\\\+"\\s*[,}\\]])[^\\n])*`,
  "gi",
);
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+|%20|\+)[A-Za-z0-9._~+/=%-]+/gi;

/** Secrets shorter than this are not scrubbed from free text (they would mangle ordinary words). */
const MIN_SECRET_LENGTH = 4;

/** A pasted permanent token may carry its `Bearer ` prefix or stray whitespace. */
function bareToken(value: string): string {
  return value.trim().replace(/^bearer\s+/i, "");
}

/** Every secret value a connection holds, so it can be scrubbed from any text. */
export function connectionSecrets(connection: Connection): string[] {
  const values = [
    connection.token?.access_token,
    connection.token?.refresh_token,
    connection.token?.id_token,
    connection.fields?.clientSecret,
    connection.fields?.token,
  ];
  const texts = values.map((v) => util.types.toString(v));
  return [...texts, ...texts.map(bareToken)].filter((v) => v.length >= MIN_SECRET_LENGTH);
}

const MAX_FIELD_DEPTH = 8;

/** Every string (and number) inside a value, however deep: all of a secret-named field is secret. */
function allTexts(value: unknown, depth: number): string[] {
  if (typeof value === "string" || typeof value === "number") return [String(value)];
  if (!value || typeof value !== "object" || depth > MAX_FIELD_DEPTH) return [];
  const inner = value instanceof JsonText ? [value.value] : Object.values(value);
  return inner.flatMap((v) => allTexts(v, depth + 1));
}

/**
 * Values sent under secret field names (e.g. a user's `password`), so an echo of them can be
 * scrubbed. Looks at every depth: nested objects, `jsonText()` form fields and JSON text in a
 * string (a `password` inside a metaproperty's `data` field is as secret as a top-level one).
 */
export function secretFieldValues(fields: unknown, depth = 0): string[] {
  if (depth > MAX_FIELD_DEPTH) return [];
  if (typeof fields === "string") {
    const text = fields.trim();
    if (!/^[[{]/.test(text)) return [];
    try {
      return secretFieldValues(JSON.parse(text), depth + 1);
    } catch {
      return [];
    }
  }
  if (!fields || typeof fields !== "object") return [];
  if (fields instanceof JsonText) return secretFieldValues(fields.value, depth + 1);
  return Object.entries(fields as Record<string, unknown>).flatMap(([k, v]) =>
    SECRET_KEYS.test(k) ? allTexts(v, depth + 1) : secretFieldValues(v, depth + 1),
  );
}

/** True when a field name holds a secret (`password`, `client_secret`, `token`, …). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.test(key);
}

const htmlEscape = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** One text as it reads raw, URL/form-encoded and HTML-escaped. */
function encodings(text: string): string[] {
  const url = encodeURIComponent(text);
  return [
    text,
    url,
    url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    new URLSearchParams({ s: text }).toString().slice(2),
    encodeURI(text),
    htmlEscape(text),
  ];
}

/**
 * The ways a secret is spelled when echoed: raw, URL/form-encoded, JSON- and HTML-escaped, and
 * JSON-escaped then URL/form-encoded (a secret inside JSON text sent as a form field).
 */
export function secretVariants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const jsons = [
    json,
    json.replace(/\//g, "\\/"),
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  ];
  return [...new Set([secret, ...jsons].flatMap(encodings))];
}

export class Redactor {
  private readonly raw: string[];
  private readonly spelled: string[];

  constructor(secrets: string[] = []) {
    this.raw = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))];
    // Longest first, so a secret that contains another is replaced whole.
    this.spelled = [...new Set(this.raw.flatMap(secretVariants))].sort(
      (a, b) => b.length - a.length,
    );
  }

  with(extra: string[]): Redactor {
    // Most requests carry no secret field: keep the spellings already worked out.
    if (extra.every((s) => s.length < MIN_SECRET_LENGTH || this.raw.includes(s))) return this;
    return new Redactor([...this.raw, ...extra]);
  }

  /** Scrubs known secret values (in every spelling), secret-named query/JSON values and auth headers. */
  text(value: string): string {
    let out = value;
    for (const secret of this.spelled) out = out.split(secret).join(REDACTED);
    return out
      .replace(SECRET_QUERY, (_m, lead: string, key: string, eq: string) => {
        return `${lead}${key}${eq}${REDACTED}`;
      })
      .replace(SECRET_JSON, `$1"${REDACTED}"`)
      .replace(SECRET_JSON_ENCODED, `$1${REDACTED}`)
      .replace(SECRET_JSON_NESTED, `$1${REDACTED}`)
      .replace(AUTH_SCHEME, `$1 ${REDACTED}`);
  }

  /** Deep copy with secret keys masked and known secret values scrubbed; never mutates. */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === "string") return this.text(value);
    if (value === null || typeof value !== "object" || depth > 6) return value;
    if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.test(k) ? REDACTED : this.value(v, depth + 1);
    }
    return out;
  }
}
