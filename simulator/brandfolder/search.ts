import { fail } from "../core/http";
import type { Asset, BfState } from "./state";

/**
 * A subset of Brandfolder's search syntax, all terms ANDed: free text (name or description),
 * `extension:png`, `tags:summer`, `custom_fields.<key name>:<value>`; `"…"` quotes a phrase.
 * Each field term scans its records once, so a search costs O(records), not O(assets × records).
 */
export function searchFilter(state: BfState, query: string | undefined): (a: Asset) => boolean {
  if (query === undefined || query.trim() === "") return () => true;
  const terms = query.match(/[^\s"]+(?::"[^"]*")?|"[^"]*"/g) ?? [];
  const tests = terms.map((term) => termTest(state, term.replace(/"/g, "").toLowerCase()));
  return (a) => tests.every((t) => t(a));
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
    `Unsupported search field "${field}": use extension:, tags:, custom_fields.<key>:`,
  );
}
