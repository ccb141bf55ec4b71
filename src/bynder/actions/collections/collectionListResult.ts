import { z } from "zod";
import type { Collection } from "../../examplePayloads/collections";

const pageSchema = z.looseObject({
  collections: z.array(z.unknown()),
  count: z.union([z.coerce.number(), z.looseObject({ total: z.coerce.number() })]).optional(),
  total: z.looseObject({ count: z.coerce.number() }).optional(),
});

export interface CollectionList {
  collections: Collection[];
  /** Only when Bynder reported a total (Count on) or every page was read (Fetch All). */
  total?: { count: number };
  [key: string]: unknown;
}

/**
 * One shape for List Collections whatever Bynder sent: a bare array, `count=1`'s
 * {collections, count}, or Fetch All's merged pages (whose fetched/complete/truncated are kept).
 * A page's length is never passed off as a total.
 */
export function collectionListResult(data: unknown): CollectionList {
  const parsed = pageSchema.safeParse(Array.isArray(data) ? { collections: data } : data);
  if (!parsed.success) {
    throw new Error(
      "Bynder's collection list did not have the expected shape: expected an array or an object with a collections array.",
    );
  }
  const { count, total, ...rest } = parsed.data;
  const reported = total?.count ?? (typeof count === "number" ? count : count?.total);
  return {
    ...rest,
    collections: rest.collections as Collection[],
    ...(reported !== undefined ? { total: { count: reported } } : {}),
  };
}
