import { type Connection, dataSource, type Element, type Inputs } from "@prismatic-io/spectral";
import type { ActionInputParameters } from "@prismatic-io/spectral/dist/types";
import { clientFor } from "../client/clientFor";
import type { BynderClient } from "../client/createBynderClient";
import { connectionInput } from "../inputs/common";

type Params<I extends Inputs> = ActionInputParameters<I & { connection: typeof connectionInput }>;

export interface PicklistSpec<I extends Inputs, T> {
  label: string;
  description: string;
  inputs?: I;
  /** Loads the items (all pages, or a bounded first page for huge lists such as assets). */
  items: (client: BynderClient, params: Params<I>) => Promise<T[]>;
  /** A readable label and the ID as key. */
  element: (item: T) => Element;
  example: Element[];
}

/** Turns a loader into a spectral picklist data source; items are sorted by label. */
export function picklist<I extends Inputs, T>(spec: PicklistSpec<I, T>) {
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
      const client = clientFor(p.connection as Connection, context);
      const items = await spec.items(client, p);
      const result = items
        .map(spec.element)
        .sort((a, b) => (a.label ?? a.key).localeCompare(b.label ?? b.key));
      return { result };
    },
  });
}
