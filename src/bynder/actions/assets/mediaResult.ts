import { z } from "zod";

export interface MediaList {
  media: unknown[];
  /** Bynder's total for the whole query, not the number returned. */
  total: { count: number };
  /** With Fetch All on: the number fetched, whether that is all, and why not (src/core/actions/fetchAll.ts). */
  fetched?: number;
  complete?: boolean;
  truncated?: { cause?: string; reason: string } | null;
  /** One page only: the page to ask for next (null on the last one), for a builder's loop. */
  nextPage?: number | null;
  /** One page only: whether a next page may hold more (false on a short page). */
  hasMore?: boolean;
  [key: string]: unknown;
}

/** Bynder's page size when no Limit is given. */
export const DEFAULT_MEDIA_LIMIT = 50;

const pageSchema = z.looseObject({
  media: z.array(z.unknown()),
  total: z.looseObject({ count: z.coerce.number() }).optional(),
  count: z.looseObject({ total: z.coerce.number() }).optional(),
});

/**
 * Gives List Assets and Search Assets one result shape, {media, total: {count}}, whatever Bynder
 * sent: a bare array, `total=1`'s {media, total}, or `count=1`'s {media, count: {total, ...facets}}
 * (the facets are kept). Fetch All's `fetched`, `complete` and `truncated` pass through.
 */
export function mediaListResult(data: unknown): MediaList {
  if (Array.isArray(data)) return { media: data, total: { count: data.length } };
  const parsed = pageSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      "Bynder's asset list did not have the expected shape: expected an array or an object with a media array.",
    );
  }
  const page = parsed.data;
  const count = page.total?.count ?? page.count?.total ?? page.media.length;
  return { ...page, total: { ...page.total, count } };
}

/**
 * List Assets' and Search Assets' result: one page also says which page comes next (`nextPage`,
 * null on the last) and `hasMore`, so a Prismatic loop can walk a library larger than one step's
 * result. Only a short page ends it, as in Fetch All: Bynder's total can be too low, so a library
 * of an exact multiple of Limit ends with one empty page. Fetch All says `complete` instead.
 */
export function mediaPageResult(
  data: unknown,
  params: { page?: number; limit?: number },
): MediaList {
  const list = mediaListResult(data);
  if ("fetched" in list) return list;
  const page = params.page ?? 1;
  const hasMore = list.media.length >= (params.limit ?? DEFAULT_MEDIA_LIMIT);
  return { ...list, nextPage: hasMore ? page + 1 : null, hasMore };
}
