import { ConnectionError, type Inputs } from "@prismatic-io/spectral";
import type { ActionInputParameters } from "@prismatic-io/spectral/dist/types";
import { type Listed, picklistFor, type PicklistSpec } from "../../core/dataSources/picklist";
import { ApiError, rephrase } from "../../core/http/errors";
import type { ConnectionInput } from "../../core/inputs/factories";
import type { PageRequest } from "../../core/paging/pageClient";
import { collectAll } from "../../core/paging/paginate";
import type { BrandfolderClient } from "../client";
import { BRANDFOLDER_PAGING } from "../endpoints";
import { brandfolder } from "../vendor";

/** Records per dropdown page: Brandfolder's own default `per`. */
export const DROPDOWN_PER = 100;

/** A JSON:API record as a dropdown reads it; nothing in it is trusted to be there. */
export interface Resource<A extends object = Record<string, unknown>> {
  id: string;
  type?: string;
  attributes?: Partial<A>;
  relationships?: Record<string, { data?: { id?: string } | null } | undefined>;
}

type Params<I extends Inputs> = ActionInputParameters<I & { connection: ConnectionInput }>;

export interface BrandfolderPicklistSpec<I extends Inputs, T> extends PicklistSpec<I, T> {
  /** What one opening reads, naming the parent input, e.g. `the sections of Brandfolder ID "x"`. */
  reading: (params: Params<I>) => string;
  /** Loads the items within `maxRequests` requests. */
  load: (client: BrandfolderClient, params: Params<I>, maxRequests: number) => Promise<Listed<T>>;
}

const core = picklistFor(brandfolder);

/** Any failure, said as what the dropdown could not read; the error's class and fields are kept. */
export function explain(label: string, reading: string, error: unknown): Error {
  const head = `${label} could not read ${reading}`;
  if (error instanceof ApiError) return rephrase(error, `${head}. ${error.message}`);
  if (error instanceof ConnectionError)
    return new ConnectionError(error.connection, `${head}. ${error.message}`);
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${head}: ${message}`);
}

/** A bounded Brandfolder dropdown (src/core/dataSources/picklist.ts) whose errors say what it read. */
export function picklist<I extends Inputs, T>(spec: BrandfolderPicklistSpec<I, T>) {
  const { reading, load, ...rest } = spec;
  return core<I, T>({
    ...rest,
    items: async (client, params, maxRequests) => {
      try {
        return await load(client, params, maxRequests);
      } catch (error) {
        throw explain(spec.label, reading(params), error);
      }
    },
  });
}

/** Up to `maxRequests` pages of one `meta` list, `DROPDOWN_PER` records each. */
export function metaPages<T>(
  client: BrandfolderClient,
  request: PageRequest,
  maxRequests: number,
): Promise<Listed<T>> {
  return collectAll<T>(client, {
    request,
    style: "meta",
    vendor: BRANDFOLDER_PAGING,
    itemsKey: "data",
    pageSize: DROPDOWN_PER,
    limitParam: "per",
    maxPages: maxRequests,
  });
}

/** A record's trimmed name, or its ID when it has none. */
export const nameOf = (r: Resource<{ name: string }>) =>
  (typeof r.attributes?.name === "string" && r.attributes.name.trim()) || r.id;
