import { fail } from "../core/http";
import type { Asset, BfState } from "./state";

/**
 * A subset of Brandfolder's search syntax, all terms ANDed: free text (name or description),
 * `extension:png`, `tags:summer`, `custom_fields.<key name>:<value>`; `"…"` quotes a phrase.
 */
export function searchFilter(state: BfState, query: string | undefined): (a: Asset) => boolean {
  if (query === undefined || query.trim() === "") return () => true;
  const terms = query.match(/[^\s"]+(?::"[^"]*")?|"[^"]*"/g) ?? [];
  const tests = terms.map((term) => termTest(state, term.replace(/"/g, "").toLowerCase()));
  return (a) => tests.every((t) => t(a));
}

function termTest(state: BfState, term: string): (a: Asset) => boolean {
  const colon = term.indexOf(":");
  if (colon < 0) {
    return (a) => a.name.toLowerCase().includes(term) || a.description.toLowerCase().includes(term);
  }
  const field = term.slice(0, colon);
  const value = term.slice(colon + 1);
  if (field === "extension") {
    return (a) =>
      [...state.attachments.values()].some(
        (t) => t.assetId === a.id && t.extension.toLowerCase() === value,
      );
  }
  if (field === "tags") {
    return (a) =>
      [...state.tags.values()].some((t) => t.assetId === a.id && t.name.toLowerCase() === value);
  }
  if (field.startsWith("custom_fields.")) {
    const key = field.slice("custom_fields.".length);
    return (a) =>
      [...state.customFieldValues.values()].some(
        (v) =>
          v.assetId === a.id &&
          v.value.toLowerCase() === value &&
          state.customFieldKeys.get(v.keyId)?.name.toLowerCase() === key,
      );
  }
  throw fail(
    400,
    `Unsupported search field "${field}": use extension:, tags:, custom_fields.<key>:`,
  );
}
