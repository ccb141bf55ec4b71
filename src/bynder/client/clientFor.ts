import type { ActionContext, Connection } from "@prismatic-io/spectral";
import { type BynderClient, type ClientOptions, createBynderClient } from "../../core/http/client";

/** What a caller may tune for one operation; the pace itself belongs to the connection. */
export type ClientForOptions = Pick<
  ClientOptions,
  "interactive" | "timeoutMs" | "retry" | "maxWaitMs" | "timeoutAdvice"
>;

/** Builds the client for an action, data source or trigger from its context. */
export function clientFor(
  connection: Connection,
  context: Pick<ActionContext, "logger"> & { debug?: { enabled?: boolean }; startedAt?: string },
  options: ClientForOptions = {},
): BynderClient {
  return createBynderClient(connection, {
    ...options,
    logger: context.logger,
    debug: Boolean(context.debug?.enabled),
    // Every wait of the step ends within the execution's budget, counted from its start.
    startedAt: context.startedAt,
  });
}
