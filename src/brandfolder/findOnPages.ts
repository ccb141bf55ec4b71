import { z } from "zod";
import { parseResponse } from "../core/http/parseResponse";
import type { ParamValue } from "../core/http/request";
import type { BrandfolderClient } from "./client";

/** Bounds a walk over a list that answers `next_page` forever; keys and values are short lists. */
export const MAX_LOOKUP_PAGES = 20;

const page = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    data: z.array(item),
    meta: z.looseObject({ next_page: z.number().nullish() }).optional(),
  });

/**
 * Reads a `meta`-paged list one page after another until `match` finds an item, the list ends
 * or MAX_LOOKUP_PAGES pages were read. Returns the item (if any), every item seen and whether
 * the bound cut the walk.
 */
export async function findOnPages<T extends z.ZodType>(
  client: BrandfolderClient,
  request: { path: string; pathParams: Record<string, string>; query?: Record<string, ParamValue> },
  item: T,
  what: string,
  match: (item: z.output<T>) => boolean,
): Promise<{ found?: z.output<T>; seen: z.output<T>[]; cut: boolean }> {
  const seen: z.output<T>[] = [];
  for (let n = 1; n <= MAX_LOOKUP_PAGES; n++) {
    const response = await client.request({
      method: "GET",
      ...request,
      query: { ...request.query, ...(n === 1 ? {} : { page: n }) },
    });
    const expected = { vendor: "Brandfolder", what, shape: "a data list" };
    const { data, meta } = parseResponse(page(item), response.data, expected);
    const found = data.find(match);
    if (found !== undefined) return { found, seen, cut: false };
    seen.push(...data);
    if (!meta?.next_page || data.length === 0) return { seen, cut: false };
  }
  return { seen, cut: true };
}
