import type { ActionContext, Connection } from "@prismatic-io/spectral";
import {
  type ApiClient,
  type ApiResponse,
  type CallOptions,
  type ClientOptions,
  createClient,
} from "../../core/http/client";
import { bynderProfile } from "../profile";

export type BynderClient = ApiClient;
export type BynderResponse<T> = ApiResponse<T>;

/** The Bynder client of one connection. */
export function createBynderClient(
  connection: Connection,
  options: ClientOptions = {},
): BynderClient {
  return createClient(bynderProfile, connection, options);
}

export type ClientForOptions = CallOptions;

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
