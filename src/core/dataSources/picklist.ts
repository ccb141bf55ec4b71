import { type Connection, dataSource, type Element, type Inputs } from "@prismatic-io/spectral";
import type { ActionInputParameters } from "@prismatic-io/spectral/dist/types";
import { clientFor } from "../../bynder/client/clientFor";
import type { ApiClient } from "../http/client";
import { collectAll, type PaginateOptions } from "../paging/paginate";
import { connectionInput } from "../../bynder/inputs/common";

type Params<I extends Inputs> = ActionInputParameters<I & { connection: typeof connectionInput }>;

/** What a loader read: `complete: false` when the request bound cut the list short. */
export interface Listed<T> {
  items: T[];
  complete: boolean;
}

export interface PicklistSpec<I extends Inputs, T> {
  label: string;
  description: string;
  inputs?: I;
  /**
   * REQUIRED bound: the most requests one opening may make (keep it at ~20 or less; Bynder allows
   * 4,500 per 5 minutes per IP, shared by every flow). The loader gets it to pass on as
   * `maxPages`; the client it gets refuses any request beyond it.
   */
  maxRequests: number;
  /**
   * `label`: sorted A to Z, for lists read whole or picked by name. `bynder`: Bynder's order, for
   * a window that means something (newest first, the admin's option order).
   */
  order: "label" | "bynder";
  /** Ends the "More than N …" element shown when the list was cut, e.g. `{noun: "tags"}`. */
  more: { noun: string; hint?: string };
  /** A readable label and the ID as key. */
  element: (item: T) => Element;
  example: Element[];
}

/** Pages of one Bynder list, `maxRequests` of them at most: what most dropdowns read. */
export interface PicklistPages<I extends Inputs> extends Omit<
  PaginateOptions,
  "request" | "maxPages"
> {
  /** The list's request (prefer a server-side keyword and newest first). */
  request: (params: Params<I>) => PaginateOptions["request"];
}

/** A loader: `pages` for one list read page by page, `items` for anything else. */
export type PicklistLoader<I extends Inputs, T> =
  | { pages: PicklistPages<I> }
  | {
      /** Loads the items within `maxRequests`, passing it on as `maxPages`. */
      items: (client: ApiClient, params: Params<I>, maxRequests: number) => Promise<Listed<T>>;
    };

/** A client that fails loudly past `max` requests, so no dropdown can walk a whole portal. */
function bounded(client: ApiClient, max: number, label: string): ApiClient {
  let made = 0;
  const count = () => {
    made += 1;
    if (made > max) throw new Error(`${label}: more than ${max} requests in one opening.`);
  };
  const wrapper = Object.create(client) as ApiClient;
  return Object.assign(wrapper, {
    request: ((req, retry) => {
      count();
      return client.request(req, retry);
    }) as ApiClient["request"],
    requestUnauthenticated: ((url, req, retry) => {
      count();
      return client.requestUnauthenticated(url, req, retry);
    }) as ApiClient["requestUnauthenticated"],
  });
}

/** The last element when the list was cut: its empty key means "nothing picked", never a bogus ID. */
export function moreElement(count: number, more: PicklistSpec<Inputs, unknown>["more"]): Element {
  const hint = more.hint ?? "type the ID instead";
  return { key: "", label: `More than ${count.toLocaleString("en-US")} ${more.noun} — ${hint}` };
}

/** Turns a bounded loader into a spectral picklist data source. */
export function picklist<I extends Inputs, T>(spec: PicklistSpec<I, T> & PicklistLoader<I, T>) {
  const load =
    "pages" in spec
      ? (client: ApiClient, p: Params<I>, maxRequests: number) =>
          collectAll<T>(client, {
            ...spec.pages,
            request: spec.pages.request(p),
            maxPages: maxRequests,
          })
      : spec.items;
  const inputs = { connection: connectionInput, ...(spec.inputs ?? {}) } as I & {
    connection: typeof connectionInput;
  };
  return dataSource({
    display: { label: spec.label, description: spec.description },
    dataSourceType: "picklist",
    inputs,
    examplePayload: { result: spec.example },
    perform: async (context, params) => {
      const p = params as Params<I>;
      const client = clientFor(p.connection as Connection, context, { interactive: true });
      const { items, complete } = await load(
        bounded(client, spec.maxRequests, spec.label),
        p,
        spec.maxRequests,
      );
      const result = items.map(spec.element);
      if (spec.order === "label") {
        result.sort((a, b) => (a.label ?? a.key).localeCompare(b.label ?? b.key));
      }
      if (!complete) result.push(moreElement(items.length, spec.more));
      return { result };
    },
  });
}
