import type { Connection } from "@prismatic-io/spectral";
import { util } from "@prismatic-io/spectral";

const REDACTED = "[REDACTED]";
/** Field names whose values are secrets wherever they appear (bodies, queries, log objects). */
const SECRET_KEYS =
  /^(authorization|password|client_secret|clientsecret|access_token|accesstoken|refresh_token|token|policy|x-amz-signature|x-amz-credential|signature)$/i;

/** Every secret value a connection holds, so it can be scrubbed from any text. */
export function connectionSecrets(connection: Connection): string[] {
  const values = [
    connection.token?.access_token,
    connection.token?.refresh_token,
    connection.fields?.clientSecret,
    connection.fields?.token,
  ];
  return values.map((v) => util.types.toString(v)).filter((v) => v.length >= 4);
}

/** Values sent under secret field names (e.g. a user's `password`), so an echo of them can be scrubbed. */
export function secretFieldValues(fields: unknown): string[] {
  if (!fields || typeof fields !== "object") return [];
  return Object.entries(fields as Record<string, unknown>)
    .filter(([k, v]) => SECRET_KEYS.test(k) && typeof v === "string")
    .map(([, v]) => v as string);
}

export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: string[] = []) {
    this.secrets = [...new Set(secrets.filter((s) => s.length >= 4))].sort(
      (a, b) => b.length - a.length,
    );
  }

  with(extra: string[]): Redactor {
    return new Redactor([...this.secrets, ...extra]);
  }

  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out.replace(/(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`);
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
