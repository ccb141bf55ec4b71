import { z } from "zod";

/**
 * Bynder's three paging styles:
 * - `envelope`: `page`+`limit` with `total=1`, answering `{<itemsKey>: [...], total: {count}}`
 *   (or `count: {total, ...facets}` when `count=1` is asked for);
 * - `array`: `page`+`limit` answering a plain array;
 * - `headers`: a plain array plus `X-Pagination-TotalPages` / `X-Pagination-TotalRecords` headers.
 */
export type PageStyle = "envelope" | "array" | "headers";

/** Bynder's deep-search cursor (asset-v4 OpenAPI); sent back as the `cursor` query field. */
export const NEXT_CURSOR_HEADER = "x-bynder-nextcursor";

const countLike = z.union([z.coerce.number(), z.looseObject({ total: z.coerce.number() })]);
const envelopeSchema = z.looseObject({
  total: z.union([z.looseObject({ count: z.coerce.number() }), z.coerce.number()]).optional(),
  count: countLike.optional(),
});

/** The total Bynder reported on a page, if any. Informative: it never decides where a walk ends. */
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
): unknown[] {
  if (Array.isArray(data)) return data;
  if (style === "envelope" && data && typeof data === "object") {
    const items = (data as Record<string, unknown>)[itemsKey];
    if (Array.isArray(items)) return items;
  }
  throw new Error(
    `Bynder returned an unexpected page shape for ${path}: expected ${style === "envelope" ? `an object with a "${itemsKey}" array` : "an array"}.`,
  );
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
