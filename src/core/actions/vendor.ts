import type { ActionContext, Connection } from "@prismatic-io/spectral";
import type { ConnectionInput } from "../inputs/factories";
import type { PageClient } from "../paging/pageClient";
import type { PagingVendor } from "../paging/pageShape";

/** The context a client is built from: an action's, a data source's or a trigger's. */
export type ClientContext = Pick<ActionContext, "logger"> & {
  debug?: { enabled?: boolean };
  startedAt?: string;
};

/**
 * What the core's action, Fetch All and dropdown helpers need from a vendor folder: its name for
 * messages, its API reference, its connection input, how to build its client and how it pages.
 */
export interface ActionVendor<C extends PageClient> {
  /** Named in descriptions and messages ("<name> API: GET …"). */
  name: string;
  /** Linked from every declarative action's description unless the action gives its own. */
  reference: string;
  connectionInput: ConnectionInput;
  clientFor(connection: Connection, context: ClientContext, options?: { interactive?: boolean }): C;
  paging: PagingVendor;
  /** Turns a Data object into flat form fields (form bodies only); throws an InputError naming `label`. */
  formFields?: (label: string, data: Record<string, unknown>) => Record<string, unknown>;
}
