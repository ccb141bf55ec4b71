/**
 * The fault suite's vocabulary: which faults, which kinds of call, what each should end in, and how
 * an observed run is named. Shared by test/bynder/faults/faults.test.ts and scripts/faults.ts.
 */

/** How a call is treated: reads and idempotent writes may be retried, POST/PATCH may not. */
export type CallKind = "read" | "dropdown" | "idempotent write" | "POST write";
export const CALL_KINDS: CallKind[] = ["read", "dropdown", "idempotent write", "POST write"];

export interface FaultCase {
  name: string;
  /** The simulator's fault spec (docs/simulator.md), or a special case handled by the runner. */
  spec: string;
  /** How many requests it hits: once (a transient blip) or every request. */
  times: number;
}

/** Client timeout used for the slow row, and how long the simulator stalls (well past it). */
export const SMALL_TIMEOUT_MS = 100;
export const SLOW_MS = 400;

export const FAULTS: FaultCase[] = [
  { name: "none", spec: "", times: 0 },
  { name: "429, no Retry-After", spec: "429", times: 1 },
  { name: "429, Retry-After: 2", spec: "429:retry-after=2", times: 1 },
  { name: "500", spec: "500", times: 1 },
  { name: "502", spec: "502", times: 1 },
  { name: "503", spec: "503", times: 1 },
  { name: "504", spec: "504", times: 1 },
  { name: "503 on every attempt", spec: "503", times: Number.POSITIVE_INFINITY },
  { name: "connection reset", spec: "reset", times: 1 },
  {
    name: `slow (${SLOW_MS} ms) past a ${SMALL_TIMEOUT_MS} ms timeout`,
    spec: `slow=${SLOW_MS}`,
    times: Number.POSITIVE_INFINITY,
  },
  { name: "truncated JSON", spec: "truncated", times: 1 },
  { name: "HTML error page (502)", spec: "html", times: 1 },
  { name: "expired or invalid token", spec: "bad-token", times: 0 },
];

/** Outcome names, as they appear in the table. */
export const OUTCOME = {
  ok: "succeeds",
  retried: "retried, then succeeds",
  paused: "waits 30–60 s, then succeeds",
  retryAfter: "waits Retry-After (2 s), then succeeds",
  rateLimitAtOnce: "fails at once: rate-limit message",
  mayBeApplied: "fails at once: may have been applied",
  gaveUp: "retried, then fails: HTTP 503",
  timeout: "fails: timed out",
  timeoutWrite: "fails: timed out, may have been applied",
  reconnect: "fails at once: reconnect (ConnectionError)",
} as const;

/** What the issue asks for, per fault and kind of call. */
export function expectedOutcome(
  fault: FaultCase,
  kind: CallKind,
  /** Tokenless: served without the Bynder token. Presigned: the fault hits a pre-signed URL. */
  where: { tokenless?: boolean; presigned?: boolean } = {},
): string {
  const post = kind === "POST write";
  if (fault.spec === "bad-token" && where.tokenless) return OUTCOME.ok;
  // A 429 from S3 or a CDN is not Bynder's per-IP limit: an ordinary retry, no portal-wide pause.
  if (fault.spec === "429" && where.presigned) return OUTCOME.retried;
  switch (fault.spec) {
    case "":
      return OUTCOME.ok;
    case "429":
      return kind === "dropdown" ? OUTCOME.rateLimitAtOnce : OUTCOME.paused;
    case "429:retry-after=2":
      return kind === "dropdown" ? OUTCOME.rateLimitAtOnce : OUTCOME.retryAfter;
    case "bad-token":
      return OUTCOME.reconnect;
    default:
      if (fault.spec.startsWith("slow")) return post ? OUTCOME.timeoutWrite : OUTCOME.timeout;
      if (post) return OUTCOME.mayBeApplied;
      return fault.times === 1 ? OUTCOME.retried : OUTCOME.gaveUp;
  }
}

/**
 * Actions the suite leaves out, with the reason (shown in docs/bynder/faults.md). Every other action is run,
 * by the method and path its description names or as one of the steps in test/bynder/faults/subjects.ts.
 */
export const NOT_IN_SUITE: Record<string, string> = {
  rawRequest: "retries only as its Max Retry Count input says (0 by default)",
  uploadChunk:
    "one S3 POST without the Bynder token, sent once by design (S3 is not Bynder: no 429 pause); Upload File retries each chunk exchange and is in the suite",
  uploadFileFromUrl:
    "reads its source from the user's own file server, which is not Bynder and not simulated (its source fetch is tested in test/bynder/flows/uploadFromUrl.flow.test.ts); past the source it runs Upload File's steps (src/bynder/uploads/runUpload.ts), which the suite covers",
};

/** The left-out actions as a list for the docs. */
export function renderLeftOut(): string {
  const lines = Object.entries(NOT_IN_SUITE)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, why]) => `- ${key}: ${why}.`);
  return ["Left out of the suite:", "", ...lines].join("\n");
}

export interface KnownGap {
  /** The outcome the suite accepts for now, and why it differs from the issue. */
  outcome: string;
  note: string;
}

/**
 * Where the client does not (yet) do what issue 9 asks: the suite accepts the entry's outcome, and
 * fails once the client changes, so each entry is removed when its gap is closed.
 */
const KNOWN_GAPS: {
  applies: (fault: FaultCase, kind: CallKind, key: string) => boolean;
  gap: KnownGap;
}[] = [];

export function knownGap(fault: FaultCase, kind: CallKind, key: string): KnownGap | undefined {
  return KNOWN_GAPS.find((g) => g.applies(fault, kind, key))?.gap;
}

/** The gaps this run met, as a list for the docs (one line per gap and kind of call). */
export function renderGaps(rows: Row[]): string {
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
  if (!groups.size) return "Every outcome is what issue 9 asks for.";
  const lines = [...groups].map(([key, g]) => {
    const [note, kind] = key.split("\u0000");
    const who = g.all ? `every ${kind}` : [...g.subjects].sort().join(", ");
    return `- ${note} (${[...g.faults].join(", ")}): ${who}`;
  });
  return [
    "Differences from issue 9 (accepted by the suite until the client changes):",
    "",
    ...lines,
  ].join("\n");
}

export interface Observed {
  ok: boolean;
  error?: unknown;
  /** Requests the operation sent, and what the same operation sends with no fault. */
  requests: number;
  baseline: number;
  /** Time the fake clock moved while the operation waited. */
  waitedMs: number;
}

/** The client's "may have been applied", or a save's own "the save may have succeeded". */
const MAY_HAVE = /may have been applied|may have succeeded/i;

/** Names what a run did under `fault`, in the words of the table. */
export function describeOutcome(fault: FaultCase, o: Observed): string {
  const extra = o.requests - o.baseline;
  if (o.ok) {
    if (extra <= 0) return OUTCOME.ok;
    const waited = `waits ${(o.waitedMs / 1000).toFixed(1)} s, then succeeds`;
    if (fault.spec === "429") {
      if (o.waitedMs >= 30_000 && o.waitedMs <= 60_000) return OUTCOME.paused;
      return o.waitedMs < 30_000 ? OUTCOME.retried : waited;
    }
    if (fault.spec === "429:retry-after=2") {
      if (o.waitedMs >= 2_000 && o.waitedMs < 3_000) return OUTCOME.retryAfter;
      return o.waitedMs < 2_000 ? OUTCOME.retried : waited;
    }
    return OUTCOME.retried;
  }
  const error = o.error as Error & { connection?: unknown };
  const message = error instanceof Error ? error.message : String(o.error);
  const once = extra <= 0;
  if (error?.connection !== undefined)
    return once ? OUTCOME.reconnect : "retried, then fails: reconnect";
  if (/rate limit/i.test(message))
    return once ? OUTCOME.rateLimitAtOnce : "retried, then fails: rate limit";
  if (/timed out|no answer within/i.test(message))
    return MAY_HAVE.test(message) ? OUTCOME.timeoutWrite : OUTCOME.timeout;
  if (MAY_HAVE.test(message))
    return once ? OUTCOME.mayBeApplied : "retried, then fails: may have been applied";
  const status = /HTTP (\d{3})/.exec(message)?.[1];
  const what = status ? `HTTP ${status}` : message.slice(0, 60);
  return once ? `fails at once: ${what}` : `retried, then fails: ${what}`;
}

export interface Row {
  /** The gap note when the outcome is a known difference from the issue. */
  gap?: string;
  subject: string;
  kind: CallKind;
  fault: string;
  outcome: string;
}

/** The fault × kind-of-call table; a cell lists the outcome, with the exceptions named. */
export function renderTable(rows: Row[]): string {
  const head = `| Fault | ${CALL_KINDS.join(" | ")} |\n|---|${CALL_KINDS.map(() => "---").join("|")}|`;
  const lines = FAULTS.map((fault) => {
    const cells = CALL_KINDS.map((kind) => {
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
