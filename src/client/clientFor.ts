import type { ActionContext, Connection } from "@prismatic-io/spectral";
import { type BynderClient, createBynderClient } from "./createBynderClient";

/** Builds the client for an action, data source or trigger from its context. */
export function clientFor(
  connection: Connection,
  context: Pick<ActionContext, "logger"> & { debug?: { enabled?: boolean } },
): BynderClient {
  return createBynderClient(connection, {
    logger: context.logger,
    debug: Boolean(context.debug?.enabled),
  });
}
