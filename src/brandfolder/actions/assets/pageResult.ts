import { resolveIncluded } from "../../jsonApi";

/**
 * A list's result: `included` resolved onto each item; a single page also says which page comes
 * next (`nextPage`, null on the last) and `hasMore`, so a builder can loop over a large library.
 * A Fetch All result already says `complete` instead.
 */
export function pageResult(document: unknown): unknown {
  const doc = resolveIncluded(document) as Record<string, unknown>;
  if (!doc || typeof doc !== "object" || "fetched" in doc) return doc;
  const meta = doc.meta as { next_page?: unknown } | undefined;
  const next = typeof meta?.next_page === "number" ? meta.next_page : null;
  return { ...doc, nextPage: next, hasMore: next !== null };
}
