import { useClock } from "../../src/core/http/clock";
import * as clientModule from "../../src/core/http/client";

/**
 * The fault suites' vendor-neutral half: fault cases, how an observed run is named, the
 * fault × kind-of-call table and its notes, and running one call on a fake clock with a hang guard.
 * Each vendor's catalogue (test/<vendor>/faults/catalogue.ts) adds its faults and expectations.
 */

export interface FaultCase {
  name: string;
  /** The simulator's fault spec, or a special case handled by the vendor's runner. */
  spec: string;
  /** How many requests it hits: once (a transient blip) or every request. */
  times: number;
}

/** Outcome names every vendor shares, as they appear in the tables. */
export const BASE_OUTCOME = {
  ok: "succeeds",
  retried: "retried, then succeeds",
  rateLimitAtOnce: "fails at once: rate-limit message",
  mayBeApplied: "fails at once: may have been applied",
  timeout: "fails: timed out",
  timeoutWrite: "fails: timed out, may have been applied",
  reconnect: "fails at once: reconnect (ConnectionError)",
} as const;

export interface Observed {
  ok: boolean;
  error?: unknown;
  /** Requests the operation sent, and what the same operation sends with no fault. */
  requests: number;
  baseline: number;
  /** Time the fake clock moved while the operation waited. */
  waitedMs: number;
}

/** A wait the vendor's client must make for a fault (a 429 pause, a Retry-After), and its name. */
export interface Pause {
  spec: string;
  within(ms: number): boolean;
  /** Below this it was an ordinary retry, not the pause. */
  minMs: number;
  outcome: string;
}

/** An error the table names by its own words (e.g. a 403 that says the item may be deleted). */
export interface NamedError {
  test: RegExp;
  outcome: string;
}

/** The client's "may have been applied", or a save's own "the save may have succeeded". */
const MAY_HAVE = /may have been applied|may have succeeded/i;

/** Names what a run did under `fault`, in the words of the table. */
export function describeOutcome(
  rules: { pauses: Pause[]; named?: NamedError[] },
  fault: FaultCase,
  o: Observed,
): string {
  const extra = o.requests - o.baseline;
  if (o.ok) {
    if (extra <= 0) return BASE_OUTCOME.ok;
    const pause = rules.pauses.find((p) => p.spec === fault.spec);
    if (!pause) return BASE_OUTCOME.retried;
    if (pause.within(o.waitedMs)) return pause.outcome;
    if (o.waitedMs < pause.minMs) return BASE_OUTCOME.retried;
    return `waits ${(o.waitedMs / 1000).toFixed(1)} s, then succeeds`;
  }
  const error = o.error as Error & { connection?: unknown };
  const message = error instanceof Error ? error.message : String(o.error);
  const once = extra <= 0;
  if (error?.connection !== undefined)
    return once ? BASE_OUTCOME.reconnect : "retried, then fails: reconnect";
  if (/rate limit/i.test(message))
    return once ? BASE_OUTCOME.rateLimitAtOnce : "retried, then fails: rate limit";
  if (/timed out|no answer within/i.test(message))
    return MAY_HAVE.test(message) ? BASE_OUTCOME.timeoutWrite : BASE_OUTCOME.timeout;
  if (MAY_HAVE.test(message))
    return once ? BASE_OUTCOME.mayBeApplied : "retried, then fails: may have been applied";
  const named = rules.named?.find((n) => n.test.test(message));
  if (named)
    return once ? `fails at once: ${named.outcome}` : `retried, then fails: ${named.outcome}`;
  const status = /HTTP (\d{3})/.exec(message)?.[1];
  const what = status ? `HTTP ${status}` : message.slice(0, 60);
  return once ? `fails at once: ${what}` : `retried, then fails: ${what}`;
}

export interface Row {
  /** The gap note when the outcome is a known difference from the issue. */
  gap?: string;
  subject: string;
  kind: string;
  fault: string;
  outcome: string;
}

/** The fault × kind-of-call table; a cell lists the outcome, with the exceptions named. */
export function renderTable(faults: FaultCase[], kinds: readonly string[], rows: Row[]): string {
  const head = `| Fault | ${kinds.join(" | ")} |\n|---|${kinds.map(() => "---").join("|")}|`;
  const lines = faults.map((fault) => {
    const cells = kinds.map((kind) => {
      const mine = rows.filter((r) => r.fault === fault.name && r.kind === kind);
      if (!mine.length) return "–";
      const byOutcome = new Map<string, string[]>();
      for (const r of mine)
        byOutcome.set(r.outcome, [...(byOutcome.get(r.outcome) ?? []), r.subject]);
      const sorted = [...byOutcome].sort((a, b) => b[1].length - a[1].length);
      return sorted
        .map(([outcome, subjects], i) =>
          i === 0 ? outcome : `${outcome} (${subjects.sort().join(", ")})`,
        )
        .join("; ");
    });
    return `| ${fault.name} | ${cells.join(" | ")} |`;
  });
  return [head, ...lines].join("\n");
}

/** The gaps a run met, as a list for the docs (one line per gap and kind of call). */
export function renderGaps(rows: Row[], issue: string): string {
  const groups = new Map<string, { faults: Set<string>; subjects: Set<string>; all: boolean }>();
  for (const r of rows.filter((r) => r.gap)) {
    const key = `${r.gap}\u0000${r.kind}`;
    const group = groups.get(key) ?? { faults: new Set(), subjects: new Set(), all: true };
    group.faults.add(r.fault);
    group.subjects.add(r.subject);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const kind = key.split("\u0000")[1];
    const ofKind = new Set(rows.filter((r) => r.kind === kind).map((r) => r.subject));
    group.all = ofKind.size === group.subjects.size;
  }
  if (!groups.size) return `Every outcome is what ${issue} asks for.`;
  const lines = [...groups].map(([key, g]) => {
    const [note, kind] = key.split("\u0000");
    const who = g.all ? `every ${kind}` : [...g.subjects].sort().join(", ");
    return `- ${note} (${[...g.faults].join(", ")}): ${who}`;
  });
  return [
    `Differences from ${issue} (accepted by the suite until the client changes):`,
    "",
    ...lines,
  ].join("\n");
}

/** Left-out operations with their reasons, as a list for the docs. */
export function renderLeftOut(leftOut: Record<string, string>): string {
  const lines = Object.entries(leftOut)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, why]) => `- ${key}: ${why}.`);
  return ["Left out of the suite:", "", ...lines].join("\n");
}

/** Markdown table rows without the padding prettier adds (`| a   | b |` → `|a|b|`). */
export const unpad = (text: string) =>
  text
    .split("\n")
    .map((line) =>
      line.startsWith("|") ? line.replace(/\s*\|\s*/g, "|").replace(/-{3,}/g, "---") : line,
    )
    .join("\n");

/**
 * Runs `call` on a fake clock (every retry wait and pause is counted, not slept), with the client's
 * timeout shortened to `timeoutMs` when given, and fails it when it takes longer than `hangMs`.
 */
export async function runOnFakeClock(
  call: () => Promise<unknown>,
  opts: { hangMs: number; timeoutMs?: number },
): Promise<{ ok: boolean; error?: unknown; waitedMs: number }> {
  let now = Date.parse("2026-03-02T09:00:00Z");
  let waitedMs = 0;
  const restoreClock = useClock({
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      waitedMs += ms;
    },
    random: () => 0.5,
  });
  const timeout =
    opts.timeoutMs === undefined
      ? undefined
      : jest.replaceProperty(
          clientModule as { DEFAULT_TIMEOUT_MS: number },
          "DEFAULT_TIMEOUT_MS",
          opts.timeoutMs,
        );
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung for ${opts.hangMs} ms`)), opts.hangMs);
  });
  try {
    return await Promise.race([call(), hang]).then(
      () => ({ ok: true, error: undefined, waitedMs }),
      (error: unknown) => ({ ok: false, error, waitedMs }),
    );
  } finally {
    clearTimeout(timer);
    restoreClock();
    timeout?.restore();
  }
}
