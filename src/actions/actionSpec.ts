import type { Inputs } from "@prismatic-io/spectral";
import type { ActionInputParameters } from "@prismatic-io/spectral/dist/types";
import type { z } from "zod";
import type { PageStyle } from "../client/paginate";
import type { HttpMethod } from "../client/request";
import type { connectionInput } from "../inputs/common";

export const BYNDER_REFERENCE = "https://api.bynder.com/reference";

export type Params<I extends Inputs> = ActionInputParameters<
  I & { connection: typeof connectionInput }
>;
/** Request field name → input key, or a function of the cleaned inputs for the rare derived value. */
export type Mapping<I extends Inputs> = Record<
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
