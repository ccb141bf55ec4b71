import { action, type Connection, type Inputs } from "@prismatic-io/spectral";
import { clientFor } from "../../bynder/client/clientFor";
import { connectionInput } from "../../bynder/inputs/common";
import { BYNDER_REFERENCE, type BynderActionSpec, type Params } from "./actionSpec";
import { buildActionRequest, pathPlaceholders } from "./buildRequest";
import { fetchAllPages } from "./fetchAll";

export type { BynderActionSpec, Pagination } from "./actionSpec";
export { BYNDER_REFERENCE } from "./actionSpec";

/** Turns a declarative description into an ordinary spectral action. */
export function bynderAction<I extends Inputs, TData = unknown>(spec: BynderActionSpec<I, TData>) {
  const inputs = { connection: connectionInput, ...spec.inputs } as I & {
    connection: typeof connectionInput;
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
      description: `${spec.description} Bynder API: ${spec.method} ${spec.path} (${spec.docsUrl ?? BYNDER_REFERENCE}).`,
    },
    inputs,
    examplePayload: spec.examplePayload,
    perform: async (context, params) => {
      const p = params as Params<I>;
      spec.validate?.(p);
      let request = buildActionRequest(spec, p);
      const client = clientFor(p.connection as Connection, context);
      if (spec.resolve) request = await spec.resolve(client, request, p);
      const pg = spec.pagination;
      let data: unknown;
      if (pg && (p as Record<string, unknown>)[pg.fetchAllInput] === true) {
        data = await fetchAllPages(client, spec.label, pg, request, p);
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
            `${spec.label}: Bynder's response did not have the expected shape: ${parsed.error.issues[0]?.message ?? "unknown"} at ${parsed.error.issues[0]?.path.join(".") || "(root)"}.`,
          );
        }
      }
      return { data: spec.result ? spec.result(data, p) : (data as TData) };
    },
  });
}
