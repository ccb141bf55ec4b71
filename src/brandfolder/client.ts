import type { Connection } from "@prismatic-io/spectral";
import type { ClientContext } from "../core/actions/vendor";
import {
  type ApiClient,
  type CallOptions,
  type ClientOptions,
  createClient,
} from "../core/http/client";
import { brandfolderProfile } from "./profile";

export type BrandfolderClient = ApiClient;

/** The Brandfolder client of one connection. */
export function createBrandfolderClient(
  connection: Connection,
  options: ClientOptions = {},
): BrandfolderClient {
  return createClient(brandfolderProfile, connection, options);
}

/** Builds the client for an action or data source from its context. */
export function clientFor(
  connection: Connection,
  context: ClientContext,
  options: CallOptions = {},
): BrandfolderClient {
  return createBrandfolderClient(connection, {
    ...options,
    logger: context.logger,
    debug: Boolean(context.debug?.enabled),
    // Every wait of the step ends within the execution's budget, counted from its start.
    startedAt: context.startedAt,
  });
}
