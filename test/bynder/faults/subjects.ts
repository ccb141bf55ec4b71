import type { Simulator } from "../../../simulator/bynder";
import { subscriptionsOf } from "../../../simulator/bynder/resources/webhooks";
import actions from "../../../src/bynder/actions";
import dataSources from "../../../src/bynder/dataSources";
import { SAVE_NEW_PATH } from "../../../src/bynder/uploads/save";
import { type CallKind, NOT_IN_SUITE } from "./catalogue";

export { NOT_IN_SUITE };

/** One operation of the suite: an action or a dropdown, with inputs that work on a seeded simulator. */
export interface Subject {
  key: string;
  /** The name in the table when a multi-step action runs more than once (one step each). */
  name?: string;
  type: "action" | "dataSource";
  kind: CallKind;
  /** The requests the fault hits (default: every request, from the operation's first). */
  faultOn?: { method: string; path: RegExp };
  /** Served without the Bynder token (DAT's public derivatives), so a bad token is no failure. */
  tokenless?: boolean;
  /** The fault hits a pre-signed S3/CDN URL, not the portal. */
  presigned?: boolean;
  /** A save: it is never sent again once it may have reached Bynder. */
  save?: { method: string; path: RegExp };
  inputs(sim: Simulator): Record<string, unknown>;
}

const first = <T>(map: Map<string, T>): T => {
  const value = map.values().next().value;
  if (value === undefined) throw new Error("the simulator has nothing seeded here");
  return value;
};

/** A metaproperty that has options, and its first option. */
function metaOption(sim: Simulator) {
  const mp = [...sim.state.metaproperties.values()].find((m) => m.options.length > 0);
  if (!mp) throw new Error("no metaproperty with options in the simulator's seed");
  return { metapropertyId: mp.id, optionId: mp.options[0].id };
}

/** The object a `{id}` placeholder names, by the path it sits in. */
const ID_BY_PATH: [RegExp, (sim: Simulator) => string][] = [
  [/^\/api\/v4\/media\b/, (sim) => first(sim.state.assets).id],
  [/^\/api\/v4\/collections\b/, (sim) => first(sim.state.collections).id],
  [/^\/api\/workflow\/campaigns\b/, (sim) => first(sim.state.campaigns).ID],
  [/^\/api\/workflow\/jobs\b/, (sim) => first(sim.state.jobs).id],
  [/^\/api\/workflow\/presets\/job\b/, (sim) => first(sim.state.presets).ID],
  [/^\/api\/store\/order\b/, (sim) => first(sim.state.orders).id],
  [/^\/api\/v4\/profiles\b/, (sim) => first(sim.state.profiles).id],
  [/^\/api\/v4\/users\b/, (sim) => first(sim.state.users).id],
  [/^\/api\/v4\/tags\b/, (sim) => first(sim.state.tags).id],
  [/^\/transform\//, (sim) => first(sim.state.assets).id],
  [/^\/v7\/webhooks\//, (sim) => first(subscriptionsOf(sim.state)).id],
];

/** A finished import of the simulator (test/bynder/faults/faults.test.ts seeds one). */
const importId = (sim: Simulator) => first(sim.state.imports).importId;

/** Inputs beyond path placeholders, for actions that need them. */
const EXTRA: Record<string, (sim: Simulator) => Record<string, unknown>> = {
  listAssetUsage: (sim) => ({ assetId: first(sim.state.assets).id }),
  deleteAssetUsage: (sim) => ({
    integrationId: "0E5C5E5A-7E4D-4F3A-8F5E-1A2B3C4D5E6F",
    assetId: first(sim.state.assets).id,
    uri: "https://example.com/page",
  }),
  updateCampaign: () => ({ name: "Renamed campaign" }),
  updateJob: () => ({ name: "Renamed job" }),
  updateAsset: () => ({ name: "Renamed asset" }),
  createMetapropertyOption: () => ({ name: `fault-suite-option` }),
  deleteAssetMetapropertyOptions: (sim) => ({
    assetId: first(sim.state.assets).id,
    metapropertyId: metaOption(sim).metapropertyId,
    metapropertyOptionsIds: metaOption(sim).optionId,
  }),
  removeAssetsFromCollection: (sim) => ({ assetIds: first(sim.state.assets).id }),
  removeTagFromAssets: (sim) => ({ assetIds: first(sim.state.assets).id }),
  downloadAsset: (sim) => ({ assetId: first(sim.state.assets).id }),
  getAssetDownloadUrl: (sim) => ({ assetId: first(sim.state.assets).id }),
  downloadSpecificAssetItem: (sim) => ({ itemId: first(sim.state.assets).items[0].id }),
  generateDynamicAssetTransformation: () => ({ name: "hero" }),
  retrievePollState: (sim) => ({ items: importId(sim) }),
  updateWebhook: () => ({ events: ["asset_bank.media.create"] }),
};

/**
 * Hand-written actions whose description names several calls: the call the suite classes them by.
 * Update Webhook, given only Events, sends PUT then GET.
 */
const PLACED: Record<string, { method: string; path: string }> = {
  updateWebhook: { method: "PUT", path: "/v7/webhooks/public/api/subscriptions/{id}" },
};

const SAVE_PATH = new RegExp(`^${SAVE_NEW_PATH.replace("{importId}", "[^/]+")}$`);

/** A one-chunk legacy upload saved as a new asset (the save is where a repeat would duplicate it). */
const uploadInputs = (sim: Simulator) => ({
  file: { data: Buffer.from("%PDF-1.4\nfault suite\n"), contentType: "application/pdf" },
  fileName: "fault-suite.pdf",
  uploadMethod: "legacy",
  saveAs: "newAsset",
  brandId: sim.state.brands[0].id,
  waitForProcessing: true,
});

/** Multi-step actions, run once per step the fault is put on. */
const STEPS: Subject[] = [
  {
    key: "downloadAsset",
    name: "downloadAsset (file fetch)",
    type: "action",
    kind: "read",
    faultOn: { method: "GET", path: /^\/s3-files\// },
    presigned: true,
    inputs: (sim) => ({ assetId: first(sim.state.assets).id }),
  },
  {
    key: "uploadFile",
    name: "uploadFile (first call)",
    type: "action",
    kind: "read",
    inputs: uploadInputs,
  },
  {
    key: "uploadFile",
    name: "uploadFile (chunk to S3)",
    type: "action",
    kind: "idempotent write",
    faultOn: { method: "POST", path: /^\/s3\/?$/ },
    presigned: true,
    inputs: uploadInputs,
  },
  {
    key: "uploadFile",
    name: "uploadFile (chunk registration)",
    type: "action",
    kind: "idempotent write",
    faultOn: { method: "POST", path: /^\/api\/v4\/upload\/?$/ },
    inputs: uploadInputs,
  },
  {
    key: "uploadFile",
    name: "uploadFile (save)",
    type: "action",
    kind: "POST write",
    faultOn: { method: "POST", path: SAVE_PATH },
    save: { method: "POST", path: SAVE_PATH },
    inputs: uploadInputs,
  },
];

/** Actions whose endpoint Bynder serves to anyone (DAT derivatives are public CDN URLs). */
const TOKENLESS = ["generateDynamicAssetTransformation"];

/** POSTs in the suite, to show what a write that must not be repeated does. */
const POST_WRITES = ["createMetapropertyOption", "updateAsset"];

function methodAndPath(key: string, def: { display: { description: string } }) {
  if (PLACED[key]) return PLACED[key];
  // "GET then PUT /path" (read-modify-write) counts as its write.
  const m = /Bynder API: (?:GET then )?(GET|POST|PUT|PATCH|DELETE) (\/\S*?)[,\s(?]/.exec(
    def.display.description,
  );
  return m ? { method: m[1], path: m[2] } : undefined;
}

function pathInputs(path: string, sim: Simulator): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    if (name === "metapropertyId" || name === "optionId") out[name] = metaOption(sim)[name];
    else if (name === "assetId") out[name] = first(sim.state.assets).id;
    else out[name] = ID_BY_PATH.find(([re]) => re.test(path))?.[1](sim);
  }
  return out;
}

function kindOf(method: string, key: string): CallKind | undefined {
  if (method === "GET") return "read";
  if (method === "PUT" || method === "DELETE") return "idempotent write";
  return POST_WRITES.includes(key) ? "POST write" : undefined;
}

/** Every read action, idempotent write, listed POST and dropdown, including left-out ones. */
export function allSubjects(): Subject[] {
  const out: Subject[] = [];
  for (const [key, def] of Object.entries(
    actions as Record<string, { display: { description: string } }>,
  )) {
    const found = methodAndPath(key, def);
    const kind = found && kindOf(found.method, key);
    if (!found || !kind) continue;
    out.push({
      key,
      type: "action",
      kind,
      tokenless: TOKENLESS.includes(key),
      inputs: (sim) => ({ ...pathInputs(found.path, sim), ...EXTRA[key]?.(sim) }),
    });
  }
  out.push(...STEPS);
  for (const key of Object.keys(dataSources)) {
    out.push({ key, type: "dataSource", kind: "dropdown", inputs: () => ({}) });
  }
  return out;
}

/** The operations the suite runs. */
export function subjects(): Subject[] {
  return allSubjects().filter((s) => !(s.key in NOT_IN_SUITE));
}

/** Actions the suite neither places (by method and path, or as steps) nor leaves out with a reason. */
export function unplaced(): string[] {
  const steps = new Set(STEPS.map((s) => s.key));
  return Object.entries(actions as Record<string, { display: { description: string } }>)
    .filter(([key, def]) => !(key in NOT_IN_SUITE) && !steps.has(key) && !methodAndPath(key, def))
    .map(([key]) => key);
}
