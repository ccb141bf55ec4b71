import { z } from "zod";
import type { BynderClient } from "../client/clientFor";
import { clock, type Deadline } from "../../core/http/clock";

export const POLL_PATH = "/api/v4/upload/poll/";
export const DEFAULT_POLL_INTERVAL_MS = 3000;
export const DEFAULT_POLL_TIMEOUT_MS = 300_000;

const pollSchema = z.looseObject({
  itemsDone: z.array(z.string()).optional(),
  itemsFailed: z.array(z.string()).optional(),
  itemsRejected: z.array(z.string()).optional(),
});
export type PollState = {
  itemsDone: string[];
  itemsFailed: string[];
  itemsRejected: string[];
};

export async function pollOnce(client: BynderClient, items: string[]): Promise<PollState> {
  const { data } = await client.request<unknown>({
    method: "GET",
    path: POLL_PATH,
    query: { items },
  });
  const parsed = pollSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      "Retrieve Poll State: Bynder's poll answer had no itemsDone/itemsFailed lists.",
    );
  return {
    itemsDone: parsed.data.itemsDone ?? [],
    itemsFailed: parsed.data.itemsFailed ?? [],
    itemsRejected: parsed.data.itemsRejected ?? [],
  };
}

/** The Poll Interval and Poll Timeout inputs (seconds, blank for the default) in milliseconds. */
export function pollTiming(intervalS?: number, timeoutS?: number) {
  return {
    intervalMs: intervalS === undefined ? DEFAULT_POLL_INTERVAL_MS : intervalS * 1000,
    timeoutMs: timeoutS === undefined ? DEFAULT_POLL_TIMEOUT_MS : timeoutS * 1000,
  };
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  /** The execution's deadline (client.deadline): the timeout never reaches past it. */
  deadline: Deadline;
}

export class PollTimeoutError extends Error {
  /** Which ids were still processing, for how long, and why polling stopped. */
  readonly status: string;

  constructor(
    readonly pending: string[],
    waitedMs: number,
    /** The Poll Timeout, or the execution's time limit. */
    why: string,
  ) {
    const status = `Bynder was still processing import id${pending.length > 1 ? "s" : ""} ${pending.join(", ")} after ${Math.round(waitedMs / 1000)} s (${why})`;
    super(
      `${status}. The upload is not lost: run Retrieve Poll State with ${pending.length > 1 ? "these ids" : "this id"} in a later step (or a later execution), then save it.`,
    );
    this.status = status;
    this.name = "PollTimeoutError";
  }
}

/**
 * Polls until every item is done, failed or rejected, waiting `intervalMs` between polls. Failed or
 * rejected items are an error naming them; running out of time is a PollTimeoutError naming the
 * ids still processing.
 */
export async function waitForImports(
  client: BynderClient,
  items: string[],
  options: PollOptions,
): Promise<PollState> {
  const time = clock();
  const begun = time.now();
  const timeoutAt = begun + options.timeoutMs;
  for (;;) {
    const state = await pollOnce(client, items);
    const bad = [...state.itemsFailed, ...state.itemsRejected];
    if (bad.length) {
      const parts = [
        state.itemsFailed.length ? `failed: ${state.itemsFailed.join(", ")}` : "",
        state.itemsRejected.length ? `rejected: ${state.itemsRejected.join(", ")}` : "",
      ].filter(Boolean);
      throw new Error(
        `Bynder could not process the upload (${parts.join("; ")}). A failed import usually means the file is damaged or of a type the portal does not accept; a rejected one was refused by the portal's rules. Upload the file again, or check it in Bynder.`,
      );
    }
    const settled = new Set(state.itemsDone);
    const pending = items.filter((id) => !settled.has(id));
    if (!pending.length) return state;
    const now = time.now();
    if (now + options.intervalMs > timeoutAt)
      throw new PollTimeoutError(pending, now - begun, "Poll Timeout reached");
    if (!options.deadline.allows(options.intervalMs))
      throw new PollTimeoutError(pending, now - begun, executionLimit(options.deadline));
    await time.sleep(options.intervalMs);
  }
}

/** How a wait that stopped at the deadline explains itself. */
export const executionLimit = (deadline: Deadline) =>
  `the execution's time limit is near: every wait ends ${Math.round(deadline.budgetMs / 60_000)} minutes after the execution started`;
