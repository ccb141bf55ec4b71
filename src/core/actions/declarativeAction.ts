import { action, type Connection, type Inputs } from "@prismatic-io/spectral";
import type { PageClient } from "../paging/pageClient";
import type { ActionSpec, Params } from "./actionSpec";
import { buildActionRequest, pathPlaceholders } from "./buildRequest";
import { fetchAllPages } from "./fetchAll";
import type { ActionVendor } from "./vendor";

export type { ActionSpec, Pagination, Params } from "./actionSpec";

/**
 * A vendor's action helper: turns a declarative description into an ordinary spectral action that
 * builds its client from the vendor's connection and names the vendor in its description and messages.
 */
export function declarativeAction<C extends PageClient>(vendor: ActionVendor<C>) {
  return function defineAction<I extends Inputs, TData = unknown>(spec: ActionSpec<I, TData, C>) {
    const inputs = { connection: vendor.connectionInput, ...spec.inputs } as I & {
      connection: ActionVendor<C>["connectionInput"];
    };
    if ((spec.body || spec.dataInput) && !spec.encoding) {
      throw new Error(`${spec.label}: a request body needs an explicit encoding.`);
    }
    for (const key of pathPlaceholders(spec.path)) {
      if (!(key in spec.inputs))
        throw new Error(`${spec.label}: path placeholder {${key}} has no input.`);
    }
    return action({
      display: {
        label: spec.label,
        description: `${spec.description} ${vendor.name} API: ${spec.method} ${spec.path} (${spec.docsUrl ?? vendor.reference}).`,
      },
      inputs,
      examplePayload: spec.examplePayload,
      perform: async (context, params) => {
        const p = params as Params<I>;
        spec.validate?.(p);
        let request = buildActionRequest(spec, p, vendor.formFields);
        const client = vendor.clientFor(p.connection as Connection, context);
        if (spec.resolve) request = await spec.resolve(client, request, p);
        const pg = spec.pagination;
        let data: unknown;
        if (pg && (p as Record<string, unknown>)[pg.fetchAllInput] === true) {
          data = await fetchAllPages(client, vendor.paging, spec.label, pg, request, p);
        } else {
          const response = await client.request({
            method: spec.method,
            ...request,
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
              `${spec.label}: ${vendor.name}'s response did not have the expected shape: ${parsed.error.issues[0]?.message ?? "unknown"} at ${parsed.error.issues[0]?.path.join(".") || "(root)"}.`,
            );
          }
        }
        return { data: spec.result ? spec.result(data, p) : (data as TData) };
      },
    });
  };
}
