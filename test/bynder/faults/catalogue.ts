import * as shared from "../../helpers/faults";
import { BASE_OUTCOME, type FaultCase, type Observed, type Row } from "../../helpers/faults";

export type { FaultCase, Observed, Row };

/**
 * The fault suite's vocabulary: which faults, which kinds of call, what each should end in, and how
 * an observed run is named (the neutral half is test/helpers/faults.ts, shared with Brandfolder's).
 */

/** How a call is treated: reads and idempotent writes may be retried, POST/PATCH may not. */
export type CallKind = "read" | "dropdown" | "idempotent write" | "POST write";
export const CALL_KINDS: CallKind[] = ["read", "dropdown", "idempotent write", "POST write"];

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
  ...BASE_OUTCOME,
  paused: "waits 30–60 s, then succeeds",
  retryAfter: "waits Retry-After (2 s), then succeeds",
  gaveUp: "retried, then fails: HTTP 503",
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
export const renderLeftOut = (): string => shared.renderLeftOut(NOT_IN_SUITE);

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
export const renderGaps = (rows: Row[]): string => shared.renderGaps(rows, "issue 9");

/** Bynder's 429 pause (30–60 s) and Retry-After wait (2 s), as the table names them. */
const PAUSES: shared.Pause[] = [
  {
    spec: "429",
    within: (ms) => ms >= 30_000 && ms <= 60_000,
    minMs: 30_000,
    outcome: OUTCOME.paused,
  },
  {
    spec: "429:retry-after=2",
    within: (ms) => ms >= 2_000 && ms < 3_000,
    minMs: 2_000,
    outcome: OUTCOME.retryAfter,
  },
];

/** Names what a run did under `fault`, in the words of the table. */
export const describeOutcome = (fault: FaultCase, o: Observed): string =>
  shared.describeOutcome({ pauses: PAUSES }, fault, o);

/** The fault × kind-of-call table; a cell lists the outcome, with the exceptions named. */
export const renderTable = (rows: Row[]): string => shared.renderTable(FAULTS, CALL_KINDS, rows);
