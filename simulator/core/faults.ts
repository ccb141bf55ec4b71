import { type ErrorReply, type Reply, text } from "./http";

export type Fault =
  | { kind: "status"; status: number; retryAfterSeconds?: number; retryAfterDateSeconds?: number }
  | { kind: "reset" }
  | { kind: "slow"; ms: number }
  | { kind: "truncated" }
  | { kind: "html" };

const STATUS_FAULTS: readonly number[] = [429, 500, 502, 503, 504];

/**
 * Parses a fault spec: `429`, `429:retry-after=<s>`, `429:retry-after-date=<s>`, `500`, `502`,
 * `503`, `504`, `reset`, `slow=<ms>`, `truncated`, `html`. Throws on anything else.
 */
export function parseFault(spec: string): Fault {
  const s = spec.trim().toLowerCase();
  if (s === "reset" || s === "truncated" || s === "html") return { kind: s };
  const slow = /^slow=(\d+)$/.exec(s);
  if (slow) return { kind: "slow", ms: Number(slow[1]) };
  const status = /^(\d{3})(?::(retry-after|retry-after-date)=(\d+))?$/.exec(s);
  if (status && STATUS_FAULTS.includes(Number(status[1]))) {
    const code = Number(status[1]);
    if (status[2] && code !== 429) throw new Error(`retry-after only applies to 429: ${spec}`);
    if (status[2] === "retry-after")
      return { kind: "status", status: code, retryAfterSeconds: Number(status[3]) };
    if (status[2] === "retry-after-date") {
      return { kind: "status", status: code, retryAfterDateSeconds: Number(status[3]) };
    }
    return { kind: "status", status: code };
  }
  throw new Error(`Unknown fault spec: ${spec}`);
}

const STATUS_TEXT: Record<number, string> = {
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * The reply for faults that produce a response of their own (status codes in the vendor's error
 * envelope, and html).
 */
export function faultReply(fault: Fault, now: number, errorReply: ErrorReply): Reply | undefined {
  if (fault.kind === "html") {
    const page =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n" +
      "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    return text(502, page, "text/html");
  }
  if (fault.kind !== "status") return undefined;
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined)
    headers["retry-after"] = String(fault.retryAfterSeconds);
  if (fault.retryAfterDateSeconds !== undefined) {
    headers["retry-after"] = new Date(now + fault.retryAfterDateSeconds * 1000).toUTCString();
  }
  const reply = errorReply(fault.status, STATUS_TEXT[fault.status] ?? "Error", {});
  return { ...reply, headers: { ...reply.headers, ...headers } };
}

export interface FaultRuleInput {
  method?: string;
  /** Exact path (trailing slash ignored) or a RegExp tested against the path. */
  path: string | RegExp;
  fault: string;
  /** How many matching requests to affect; default 1, `Infinity` for all. */
  times?: number;
  /** Matching requests to let through first (a fault on a list's second page); default 0. */
  skip?: number;
}

export interface FaultRule {
  method?: string;
  path: string | RegExp;
  fault: string;
  remaining: number;
  skip: number;
}

const trimSlash = (p: string): string => p.replace(/\/+$/, "") || "/";

/** Programmatic per-route faults, consumed in the order they were added. */
export class FaultRegistry {
  private readonly rules: FaultRule[] = [];

  add(input: FaultRuleInput): FaultRule {
    parseFault(input.fault);
    const rule: FaultRule = {
      method: input.method?.toUpperCase(),
      path: input.path,
      fault: input.fault,
      remaining: input.times ?? 1,
      skip: input.skip ?? 0,
    };
    this.rules.push(rule);
    return rule;
  }

  clear(): void {
    this.rules.length = 0;
  }

  list(): readonly FaultRule[] {
    return this.rules;
  }

  /** Returns the spec of the first live rule matching this request, using up one of its times. */
  take(method: string, path: string): string | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue;
      if (rule.method && rule.method !== method) continue;
      const hit =
        typeof rule.path === "string"
          ? trimSlash(rule.path) === trimSlash(path)
          : rule.path.test(path);
      if (!hit) continue;
      if (rule.skip > 0) {
        rule.skip -= 1;
        continue;
      }
      rule.remaining -= 1;
      return rule.fault;
    }
    return undefined;
  }
}
