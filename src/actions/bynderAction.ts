import { type ActionContext, action, type Connection, type Inputs } from "@prismatic-io/spectral";
import type { ActionInputParameters } from "@prismatic-io/spectral/dist/types";
import type { z } from "zod";
import { type BynderClient, createBynderClient } from "../client/createBynderClient";
import { collectAll, type PageStyle } from "../client/paginate";
import type { HttpMethod, ParamValue } from "../client/request";
import { connectionInput } from "../inputs/common";

export const BYNDER_REFERENCE = "https://api.bynder.com/reference";

type Params<I extends Inputs> = ActionInputParameters<I & { connection: typeof connectionInput }>;
/** Request field name → input key, or a function of the cleaned inputs for the rare derived value. */
type Mapping<I extends Inputs> = Record<
  string,
  (keyof I & string) | ((params: Params<I>) => unknown)
>;

export interface Pagination<I extends Inputs> {
  style: PageStyle;
  /** Array key inside an envelope (`media`, `collections`). */
  itemsKey?: string;
  /** Page size used by Fetch All; Bynder's maximum for the endpoint. */
  pageSize: number;
  /** Input that switches Fetch All on. */
  fetchAllInput: keyof I & string;
  /** False for endpoints with a fixed page size (store orders). */
  sendLimit?: boolean;
}

export interface BynderActionSpec<I extends Inputs, TData> {
  label: string;
  /** One sentence ending with a period; the endpoint and the Bynder reference link are appended. */
  description: string;
  /** Defaults to Bynder's API reference. */
  docsUrl?: string;
  inputs: I;
  method: HttpMethod;
  /** Portal path with `{inputKey}` placeholders, e.g. `/api/v4/media/{id}/`. */
  path: string;
  query?: Mapping<I>;
  body?: Mapping<I>;
  /** Required whenever there is a body: Bynder v4 wants form fields, workflow and v7 want JSON. */
  encoding?: "form" | "json";
  /** A JSON-object input whose keys are merged over the mapped body fields. */
  dataInput?: keyof I & string;
  /** A key/value-list input merged into the query string. */
  extraQueryInput?: keyof I & string;
  responseType?: "json" | "arraybuffer" | "text";
  pagination?: Pagination<I>;
  /** Validates what Bynder returned, where later steps rely on its shape. */
  responseSchema?: z.ZodType;
  /** Shapes Bynder's response into the action's result, e.g. a 204 into a confirmation. */
  result?: (data: unknown, params: Params<I>) => TData;
  /** Checks across inputs that `clean` cannot express; throw an InputError. Runs before any request. */
  validate?: (params: Params<I>) => void;
  examplePayload: { data: TData };
}

function mapFields<I extends Inputs>(
  mapping: Mapping<I> | undefined,
  params: Params<I>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, source] of Object.entries(mapping ?? {})) {
    const value =
      typeof source === "function" ? source(params) : (params as Record<string, unknown>)[source];
    if (value !== undefined && value !== null && value !== "") out[field] = value;
  }
  return out;
}

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

/** Turns a declarative description into an ordinary spectral action. */
export function bynderAction<I extends Inputs, TData = unknown>(spec: BynderActionSpec<I, TData>) {
  const inputs = { connection: connectionInput, ...spec.inputs } as I & {
    connection: typeof connectionInput;
  };
  const placeholders = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if ((spec.body || spec.dataInput) && !spec.encoding) {
    throw new Error(`${spec.label}: a request body needs an explicit encoding.`);
  }
  for (const key of placeholders) {
    if (!(key in spec.inputs))
      throw new Error(`${spec.label}: path placeholder {${key}} has no input.`);
  }
  return action({
    display: {
      label: spec.label,
      description: `${spec.description} Bynder API: ${spec.method} ${spec.path} (${spec.docsUrl ?? BYNDER_REFERENCE}).`,
    },
    inputs,
    examplePayload: spec.examplePayload,
    perform: async (context, params) => {
      const p = params as Params<I>;
      spec.validate?.(p);
      const values = p as Record<string, unknown>;
      const client = clientFor(p.connection as Connection, context);
      const pathParams = Object.fromEntries(placeholders.map((k) => [k, String(values[k] ?? "")]));
      const query = {
        ...mapFields(spec.query, p),
        ...(spec.extraQueryInput ? (values[spec.extraQueryInput] as object) : {}),
      } as Record<string, ParamValue>;
      let body: Record<string, unknown> | undefined;
      if (spec.body || spec.dataInput) {
        body = {
          ...mapFields(spec.body, p),
          ...(spec.dataInput ? (values[spec.dataInput] as object) : {}),
        };
      }
      const pg = spec.pagination;
      let data: unknown;
      if (pg && values[pg.fetchAllInput] === true) {
        const { page: _page, limit: _limit, ...rest } = query;
        const all = await collectAll(client, {
          request: { path: spec.path, pathParams, query: rest },
          style: pg.style,
          itemsKey: pg.itemsKey,
          pageSize: pg.pageSize,
          sendLimit: pg.sendLimit,
          onCapReached: (n) =>
            context.logger.warn(`${spec.label}: stopped after ${n} pages (page cap).`),
        });
        data =
          pg.style === "envelope"
            ? { [pg.itemsKey ?? "media"]: all.items, total: { count: all.items.length } }
            : all.items;
      } else {
        const response = await client.request({
          method: spec.method,
          path: spec.path,
          pathParams,
          query,
          body:
            body === undefined
              ? undefined
              : spec.encoding === "json"
                ? { encoding: "json", value: body }
                : { encoding: "form", fields: body },
          responseType: spec.responseType,
        });
        data = response.data;
        if (pg?.style === "envelope" && Array.isArray(data))
          data = { [pg.itemsKey ?? "media"]: data };
      }
      if (spec.responseSchema) {
        const parsed = spec.responseSchema.safeParse(data);
        if (!parsed.success) {
          throw new Error(
            `${spec.label}: Bynder's response did not have the expected shape: ${parsed.error.issues[0]?.message ?? "unknown"} at ${parsed.error.issues[0]?.path.join(".") || "(root)"}.`,
          );
        }
      }
      return { data: spec.result ? spec.result(data, p) : (data as TData) };
    },
  });
}
