import type { Inputs } from "@prismatic-io/spectral";
import type { ActionInputParameters } from "@prismatic-io/spectral/dist/types";
import type { z } from "zod";
import type { HttpMethod } from "../http/request";
import type { ConnectionInput } from "../inputs/factories";
import type { PageStyle } from "../paging/paginate";
import type { ActionRequest } from "./buildRequest";

/** Pages Fetch All asks for at once when the client has no pacer to size its width by. */
export const FETCH_ALL_CONCURRENCY = 4;
/**
 * The most pages Fetch All keeps in flight, however slow they are: its width is the pacer's rate ×
 * the measured latency (src/core/paging/width.ts), and 16 covers 15 requests a second at a second
 * a page, while holding at most 16 pages of memory ahead of the result.
 */
export const FETCH_ALL_MAX_WIDTH = 16;

export type Params<I extends Inputs> = ActionInputParameters<I & { connection: ConnectionInput }>;
/** Request field name → input key, or a function of the cleaned inputs for the rare derived value. */
export type Mapping<I extends Inputs> = Record<
  string,
  (keyof I & string) | ((params: Params<I>) => unknown)
>;

/**
 * Fetch All for a list action. Its result keeps everything the API said: for an envelope, the first
 * page's extras (count facets), the API's `total.count` next to `fetched`, and `complete` plus
 * `truncated: {cause, reason} | null`; a plain-array result fails, naming Max Items (or the change
 * under the walk), rather than come back partial. Reads overlap so that neighbouring ones join, and
 * a boundary where they do not is checked after the walk (src/core/paging/walkCheck.ts).
 */
export interface Pagination<I extends Inputs> {
  style: PageStyle;
  /** Array key inside an envelope or `meta` page (`media`, `collections`, `data`). */
  itemsKey?: string;
  /** Page size used by Fetch All; the API's maximum for the endpoint. */
  pageSize: number;
  /** Input that switches Fetch All on. */
  fetchAllInput: keyof I & string;
  /** The item cap input (a `maxItemsInput` from src/core/inputs/fetchAll.ts); also bounds the requests. */
  maxItemsInput: keyof I & string;
  /** Plural noun for messages ("assets"). */
  noun: string;
  /** Query fields sent on the first page only (their answer, e.g. `count` facets, is kept). */
  firstPageOnly?: string[];
  /** False for endpoints with a fixed page size (store orders). */
  sendLimit?: boolean;
  /** The page-size query field; default `limit`. */
  limitParam?: string;
  /**
   * `orderBy` sent when the user gave none, e.g. `dateCreated asc`: records created during the walk
   * then append at the end instead of shifting every page. Only where the API documents that order.
   */
  defaultOrder?: string;
  /**
   * A fixed number of requests in flight; by default the width follows the latency the pages take,
   * within FETCH_ALL_MAX_WIDTH (FETCH_ALL_CONCURRENCY for a client without a pacer).
   */
  concurrency?: number;
  /** Reshapes each page before its items are kept, e.g. related records resolved onto them. */
  pageData?: (data: unknown) => unknown;
}

/** A declarative action; `C` is the vendor's client, handed to `resolve`. */
export interface ActionSpec<I extends Inputs, TData, C = unknown> {
  label: string;
  /** One sentence ending with a period; the endpoint and the vendor's reference link are appended. */
  description: string;
  /** Defaults to the vendor's API reference. */
  docsUrl?: string;
  inputs: I;
  method: HttpMethod;
  /** API path with `{inputKey}` placeholders, e.g. `/api/v4/media/{id}/`. */
  path: string;
  query?: Mapping<I>;
  body?: Mapping<I>;
  /** Required whenever there is a body: each endpoint says whether it reads form fields or JSON. */
  encoding?: "form" | "json";
  /**
   * A JSON-object input merged into the body. In a form body it is flattened by the vendor's
   * `formFields`. Setting a mapped field that
   * was filled in is an InputError. To send JSON text in a form field, map it with `jsonText()`.
   */
  dataInput?: keyof I & string;
  /** A key/value-list input added to the query: a repeated key is sent comma-joined; a key the `query` mapping controls is an InputError. */
  extraQueryInput?: keyof I & string;
  responseType?: "json" | "arraybuffer" | "text";
  pagination?: Pagination<I>;
  /** Validates what the API returned, where later steps rely on its shape. */
  responseSchema?: z.ZodType;
  /** Shapes the API's response into the action's result, e.g. a 204 into a confirmation. */
  result?: (data: unknown, params: Params<I>) => TData;
  /**
   * Completes the built request with what only the API knows (one bounded lookup, e.g. whether an ID
   * is a brand or a sub-brand). Runs after every input check, so bad input still sends nothing.
   */
  resolve?: (client: C, request: ActionRequest, params: Params<I>) => Promise<ActionRequest>;
  /** Checks across inputs that `clean` cannot express; throw an InputError. Runs before any request. */
  validate?: (params: Params<I>) => void;
  examplePayload: { data: TData };
}
