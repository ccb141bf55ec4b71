import { z } from "zod";

export interface MediaList {
  media: unknown[];
  /** Bynder's total for the whole query, not the number returned. */
  total: { count: number };
  /** With Fetch All on: the number fetched, whether that is all, and why not (src/core/actions/fetchAll.ts). */
  fetched?: number;
  complete?: boolean;
  truncated?: { cause?: string; reason: string } | null;
  [key: string]: unknown;
}

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
