import { z } from "zod";
import { parseResponse } from "../http/parseResponse";

/**
 * Page-number paging styles:
 * - `envelope`: `page`+`limit` with `total=1`, answering `{<itemsKey>: [...], total: {count}}`
 *   (or `count: {total, ...facets}` when `count=1` is asked for);
 * - `array`: `page`+`limit` answering a plain array;
 * - `headers`: a plain array plus `X-Pagination-TotalPages` / `X-Pagination-TotalRecords` headers;
 * - `meta`: JSON:API, `{<itemsKey>: [...], meta: {current_page, next_page, total_count, ...}}`;
 *   a `next_page` of null ends the walk too.
 */
export type PageStyle = "envelope" | "array" | "headers" | "meta";

/** Who answers the pages: named in messages; `cursorHeader` is a deep-search cursor, if the API has one. */
export interface PagingVendor {
  name: string;
  /** Lower-case response header naming the next page; sent back as the `cursor` query field. */
  cursorHeader?: string;
}

/** Styles whose items sit under a key of an object. */
export const keyed = (style: PageStyle) => style === "envelope" || style === "meta";

const countLike = z.union([z.coerce.number(), z.looseObject({ total: z.coerce.number() })]);
const envelopeSchema = z.looseObject({
  total: z.union([z.looseObject({ count: z.coerce.number() }), z.coerce.number()]).optional(),
  count: countLike.optional(),
});
const metaSchema = z.looseObject({
  meta: z.looseObject({
    total_count: z.coerce.number().optional(),
    next_page: z.union([z.null(), z.coerce.number()]).optional(),
  }),
});

/** A `meta` page's `next_page`: null when it says it is the last one, undefined when it does not say. */
export function metaNextPage(data: unknown): number | null | undefined {
  const parsed = metaSchema.safeParse(data);
  return parsed.success ? parsed.data.meta.next_page : undefined;
}

/** The total the API reported on a page, if any. Informative: it never decides where a walk ends. */
export function reportedTotal(
  style: PageStyle,
  data: unknown,
  headers: Record<string, string>,
): number | undefined {
  if (style === "headers") {
    const raw = headers["x-pagination-totalrecords"];
    const records = Number(raw);
    return raw !== undefined && raw !== "" && Number.isFinite(records) ? records : undefined;
  }
  if (style === "meta") return metaSchema.safeParse(data).data?.meta.total_count;
  if (style !== "envelope" || Array.isArray(data)) return undefined;
  const parsed = envelopeSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { total, count } = parsed.data;
  if (typeof total === "number") return total;
  if (total) return total.count;
  if (typeof count === "number") return count;
  return count?.total;
}

export function itemsOf(
  style: PageStyle,
  data: unknown,
  itemsKey: string,
  path: string,
  vendor: string,
): unknown[] {
  if (Array.isArray(data)) return data;
  const schema = keyed(style)
    ? z.looseObject({ [itemsKey]: z.array(z.unknown()) })
    : z.array(z.unknown());
  const page = parseResponse(schema, data, {
    vendor,
    what: `page shape for ${path}`,
    shape: keyed(style) ? `an object with a "${itemsKey}" array` : "an array",
  });
  return Array.isArray(page) ? page : (page[itemsKey] as unknown[]);
}

/** An item's id as a string, when it has one. */
export function idOf(item: unknown): string | undefined {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
}

/** Identifies a page by its items' ids (or their JSON when they have none). */
export function fingerprint(items: unknown[]): string {
  return items
    .map((item) => {
      const id = idOf(item);
      return id !== undefined ? `#${id}` : JSON.stringify(item);
    })
    .join("\n");
}
