import * as shared from "../../helpers/faults";
import { BASE_OUTCOME, type FaultCase, type Observed, type Row } from "../../helpers/faults";

export type { FaultCase, Observed, Row };

/**
 * Brandfolder's fault suite vocabulary: its faults, its kinds of call and what each should end in
 * (issue 18); naming a run and drawing the table is test/helpers/faults.ts, shared with Bynder's.
 */

/** A read is one GET; a Fetch All walks `meta` pages until the list ends. */
export type CallKind = "read" | "Fetch All";
export const CALL_KINDS: CallKind[] = ["read", "Fetch All"];

/** Client timeout used for the slow row, and how long the simulator stalls (well past it). */
export const SMALL_TIMEOUT_MS = 50;
export const SLOW_MS = 250;

/** Special specs the runner handles itself (not the simulator's fault registry). */
export const DELETED = "deleted";
export const BAD_KEY = "bad-key";

export const FAULTS: FaultCase[] = [
  { name: "none", spec: "", times: 0 },
  { name: "429 (no Retry-After, as Brandfolder sends it)", spec: "429", times: 1 },
  { name: "500", spec: "500", times: 1 },
  { name: "502", spec: "502", times: 1 },
  { name: "503", spec: "503", times: 1 },
  { name: "504", spec: "504", times: 1 },
  { name: "503 on every attempt", spec: "503", times: Number.POSITIVE_INFINITY },
  { name: "connection reset", spec: "reset", times: 1 },
  {
    name: `timeout: no answer for ${SLOW_MS} ms past a ${SMALL_TIMEOUT_MS} ms limit`,
    spec: `slow=${SLOW_MS}`,
    times: Number.POSITIVE_INFINITY,
  },
  { name: "cut off mid-body", spec: "truncated", times: 1 },
  { name: "HTML error page (502)", spec: "html", times: 1 },
  { name: "403 on a deleted item", spec: DELETED, times: 0 },
  { name: "revoked or wrong API key", spec: BAD_KEY, times: 0 },
];

/** Outcome names, as they appear in the table. */
export const OUTCOME = {
  ...BASE_OUTCOME,
  paused: "waits 10–20 s, then succeeds",
  gaveUp: "retried, then fails: HTTP 503",
  deleted: "fails at once: HTTP 403, may be deleted",
} as const;

/** What issue 18 asks for, per fault (Brandfolder's reads are all retried alike). */
export function expectedOutcome(fault: FaultCase, where: { offApi?: boolean } = {}): string {
  // A 429 from a CDN is not Brandfolder's API limit: an ordinary retry, no host-wide pause.
  if (fault.spec === "429" && where.offApi) return OUTCOME.retried;
  switch (fault.spec) {
    case "":
      return OUTCOME.ok;
    case "429":
      return OUTCOME.paused;
    case DELETED:
      return OUTCOME.deleted;
    case BAD_KEY:
      return OUTCOME.reconnect;
    default:
      if (fault.spec.startsWith("slow")) return OUTCOME.timeout;
      return fault.times === 1 ? OUTCOME.retried : OUTCOME.gaveUp;
  }
}

/** Brandfolder sends no Retry-After: the client's first pause for the host is 10–20 s (profile.ts). */
const PAUSES: shared.Pause[] = [
  {
    spec: "429",
    within: (ms) => ms >= 10_000 && ms <= 20_000,
    minMs: 10_000,
    outcome: OUTCOME.paused,
  },
];

/**
 * Brandfolder answers 403 for a deleted item as for a hidden one: the client's own advice (not the
 * simulator's body, which real Brandfolder may not match) must say both.
 */
const NAMED: shared.NamedError[] = [
  {
    test: /HTTP 403\b[\s\S]*not visible to this user, or deleted/i,
    outcome: "HTTP 403, may be deleted",
  },
];

/** Names what a run did under `fault`, in the words of the table. */
export const describeOutcome = (fault: FaultCase, o: Observed): string =>
  shared.describeOutcome({ pauses: PAUSES, named: NAMED }, fault, o);

/** Actions that read but are not run, with the reason (shown in docs/brandfolder/faults.md). */
export const NOT_IN_SUITE: Record<string, string> = {
  rawRequest:
    "sends whatever method and path it is given; the client under it is the one every read here uses",
};

export const renderLeftOut = (): string => shared.renderLeftOut(NOT_IN_SUITE);
export const renderGaps = (rows: Row[]): string => shared.renderGaps(rows, "issue 18");
export const renderTable = (rows: Row[]): string => shared.renderTable(FAULTS, CALL_KINDS, rows);
