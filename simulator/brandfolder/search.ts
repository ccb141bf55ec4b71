import { fail, type Query } from "../core/http";
import type { Asset, BfState } from "./state";

/**
 * The terms of every `search` parameter, lower-cased: the official SDK sends a list of terms as
 * repeated `search=` parameters, one string as one; `"…"` quotes a phrase.
 */
function searchTerms(q: Query): string[] {
  const raw = q.search;
  const queries = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return queries.flatMap((query) =>
    (query.match(/[^\s"]+(?::"[^"]*")?|"[^"]*"/g) ?? []).map((t) =>
      t.replace(/"/g, "").toLowerCase(),
    ),
  );
}

/**
 * A subset of Brandfolder's search syntax, all terms ANDed: free text (name or description),
 * `name:logo`, `extension:png`, `tags:summer`, `custom_fields.<key name>:<value>`.
 * Each field term scans its records once, so a search costs O(records), not O(assets × records).
 */
export function searchFilter(state: BfState, q: Query): (a: Asset) => boolean {
  const tests = searchTerms(q).map((term) => termTest(state, term));
  return (a) => tests.every((t) => t(a));
}

/** Relevance for `sort_by=score`: a free-text term in the name counts 2, in the description 1. */
export function freeTextScore(q: Query): (a: Asset) => number {
  const words = searchTerms(q).filter((t) => !t.includes(":"));
  return (a) =>
    words.reduce(
      (sum, w) =>
        sum +
        (a.name.toLowerCase().includes(w) ? 2 : 0) +
        (a.description.toLowerCase().includes(w) ? 1 : 0),
      0,
    );
}

/** The assets of the records that pass `keep`. */
function assetsWhere<T extends { assetId: string }>(
  records: Map<string, T>,
  keep: (x: T) => boolean,
): (a: Asset) => boolean {
  const hits = new Set<string>();
  for (const x of records.values()) if (keep(x)) hits.add(x.assetId);
  return (a) => hits.has(a.id);
}

function termTest(state: BfState, term: string): (a: Asset) => boolean {
  const colon = term.indexOf(":");
  if (colon < 0) {
    return (a) => a.name.toLowerCase().includes(term) || a.description.toLowerCase().includes(term);
  }
  const field = term.slice(0, colon);
  const value = term.slice(colon + 1);
  if (field === "name") return (a) => a.name.toLowerCase().includes(value);
  if (field === "extension") {
    return assetsWhere(state.attachments, (t) => t.extension.toLowerCase() === value);
  }
  if (field === "tags") return assetsWhere(state.tags, (t) => t.name.toLowerCase() === value);
  if (field.startsWith("custom_fields.")) {
    const key = field.slice("custom_fields.".length);
    return assetsWhere(
      state.customFieldValues,
      (v) =>
        v.value.toLowerCase() === value &&
        state.customFieldKeys.get(v.keyId)?.name.toLowerCase() === key,
    );
  }
  throw fail(
    400,
    `Unsupported search field "${field}": use name:, extension:, tags:, custom_fields.<key>:`,
  );
}
