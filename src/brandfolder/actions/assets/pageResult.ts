import { resolveIncluded } from "../../jsonApi";

/**
 * A list's result: `included` resolved onto each item; a single page also says which page comes
 * next (`nextPage`, null on the last) and `hasMore`, so a builder can loop over a large library.
 * A Fetch All result already says `complete` instead.
 */
export function pageResult(document: unknown): unknown {
  if (isFetchAll(document)) return listResult(document);
  const doc = resolveIncluded(document) as Record<string, unknown>;
  if (!doc || typeof doc !== "object") return doc;
  const meta = doc.meta as { next_page?: unknown } | undefined;
  const next = typeof meta?.next_page === "number" ? meta.next_page : null;
  return { ...doc, nextPage: next, hasMore: next !== null };
}

const isFetchAll = (document: unknown) =>
  !!document && typeof document === "object" && "fetched" in document;

/**
 * A list's result without paging hints: one page with `included` resolved (and kept raw), or a
 * Fetch All result whose pages were resolved as they came (pageData), without the first page's
 * raw `included`, so the result stays small.
 */
export function listResult(document: unknown): unknown {
  if (!isFetchAll(document)) return resolveIncluded(document);
  const { included: _raw, ...all } = document as Record<string, unknown>;
  return all;
}
