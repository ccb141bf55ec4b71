import type { Listed } from "../../core/dataSources/picklist";
import { LABELS_PATH } from "../endpoints";
import { LABEL_ID, PARENT_LABEL_ID } from "../examplePayloads/structure";
import { parentBrandfolderInput } from "./inputs";
import { metaPages, nameOf, picklist, type Resource } from "./picklist";

const MAX_REQUESTS = 10;
const SEPARATOR = " / ";

type LabelRecord = Resource<{ name: string; path: unknown }>;
interface LabelChoice {
  id: string;
  label: string;
}

/**
 * "Campaigns / 2026 / Spring". The OpenAPI calls `path` the label IDs starting with the label's own;
 * some answers give the names from the root instead: either is read root first, IDs as names.
 */
export function treePath(label: LabelRecord, names: Map<string, string>): string {
  const own = nameOf(label);
  const raw = label.attributes?.path;
  const path = Array.isArray(raw) ? raw.filter((s): s is string => typeof s === "string") : [];
  if (path.length === 0) return own;
  const rootFirst = path[0] === label.id && path.length > 1 ? [...path].reverse() : path;
  const parts = rootFirst.map((step) => (step === label.id ? own : (names.get(step) ?? step)));
  if (!path.includes(label.id) && parts.at(-1) !== own) parts.push(own);
  return parts.join(SEPARATOR);
}

export const selectLabel = picklist({
  label: "Select Label",
  description: `Pick a label of the chosen Brandfolder, shown with its place in the tree, e.g. "Campaigns / 2026" (reads at most ${MAX_REQUESTS} pages of 100).`,
  inputs: { brandfolderId: parentBrandfolderInput("labels") },
  maxRequests: MAX_REQUESTS,
  order: "label",
  more: { noun: "labels" },
  reading: (p) => `the labels of Brandfolder ID "${p.brandfolderId}"`,
  load: async (client, p, maxRequests): Promise<Listed<LabelChoice>> => {
    const { items, complete } = await metaPages<LabelRecord>(
      client,
      { path: LABELS_PATH, pathParams: { brandfolderId: p.brandfolderId } },
      maxRequests,
    );
    const names = new Map(items.map((l) => [l.id, nameOf(l)]));
    return { items: items.map((l) => ({ id: l.id, label: treePath(l, names) })), complete };
  },
  element: (l) => ({ key: l.id, label: l.label }),
  example: [
    { key: PARENT_LABEL_ID, label: "Campaigns" },
    { key: LABEL_ID, label: "Campaigns / Spring" },
  ],
});
