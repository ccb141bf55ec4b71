import type { Simulator } from "../../simulator";
import actions from "../../src/actions";
import dataSources from "../../src/dataSources";
import type { CallKind } from "./catalogue";

/** One operation of the suite: an action or a dropdown, with inputs that work on a seeded simulator. */
export interface Subject {
  key: string;
  type: "action" | "dataSource";
  kind: CallKind;
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
];

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
};

/**
 * Left out, with the reason: Raw Request retries only as its own retry inputs say (none by
 * default), and these endpoints are not served by the simulator yet (each must still answer 404,
 * so this list shrinks when the simulator grows).
 */
export const NOT_IN_SUITE: Record<string, string> = {
  rawRequest: "retries only as its Max Retry Count input says (0 by default)",
};
export const NOT_SIMULATED: string[] = [];

/** POSTs in the suite, to show what a write that must not be repeated does. */
const POST_WRITES = ["createMetapropertyOption", "updateAsset"];

function methodAndPath(def: { display: { description: string } }) {
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
    const found = methodAndPath(def);
    const kind = found && kindOf(found.method, key);
    if (!found || !kind) continue;
    out.push({
      key,
      type: "action",
      kind,
      inputs: (sim) => ({ ...pathInputs(found.path, sim), ...EXTRA[key]?.(sim) }),
    });
  }
  for (const key of Object.keys(dataSources)) {
    out.push({ key, type: "dataSource", kind: "dropdown", inputs: () => ({}) });
  }
  return out;
}

/** The operations the suite runs. */
export function subjects(): Subject[] {
  return allSubjects().filter((s) => !(s.key in NOT_IN_SUITE) && !NOT_SIMULATED.includes(s.key));
}

/** Actions the suite cannot place (their description names no method and path). */
export function unplaced(): string[] {
  return Object.entries(actions as Record<string, { display: { description: string } }>)
    .filter(([key, def]) => !(key in NOT_IN_SUITE) && !methodAndPath(def))
    .map(([key]) => key);
}
