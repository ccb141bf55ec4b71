import type { BrandfolderSimulator } from "../../../simulator/brandfolder";
import { newId } from "../../../simulator/brandfolder/state";
import { hubOf } from "../../../simulator/brandfolder/webhookDelivery";
import actions from "../../../src/brandfolder/actions";
import { seeded } from "../simulator/helpers";
import { type CallKind, NOT_IN_SUITE } from "./catalogue";

/** One run of the suite: a read action, with inputs that work on the seeded simulator. */
export interface Subject {
  key: string;
  /** The name in the table when one action runs more than once (Fetch All, a later page). */
  name?: string;
  kind: CallKind;
  /** Put the fault on this many matching requests' successor (a Fetch All's second page). */
  skip?: number;
  /** Assets the simulator needs (a second Fetch All page needs more than one page of them). */
  seedAssets?: number;
  inputs(sim: BrandfolderSimulator): Record<string, unknown>;
  /** The record a 403-on-delete is put on (the last ID in the path); none for top-level lists. */
  target?(sim: BrandfolderSimulator): string;
  /** Only requests whose path matches get the fault (one step of a multi-step action). */
  faultPath?: RegExp;
  /** The fault hits a request off Brandfolder's API (the file's URL). */
  offApi?: boolean;
}

type Ids = (sim: BrandfolderSimulator) => string;
const first = <T extends { id: string }>(map: Map<string, T>, what: string): string => {
  const value = map.values().next().value;
  if (value === undefined) throw new Error(`the simulator has no ${what} seeded`);
  return value.id;
};

/** The key's own webhook subscription, made once per simulator (none is seeded). */
function subscription(sim: BrandfolderSimulator): string {
  const subs = hubOf(sim.state).subscriptions;
  const owner = [...sim.state.users.values()].find((u) => u.apiKey === sim.apiKey);
  if (!owner) throw new Error("no simulator user has the suite's API key");
  const mine = [...subs.values()].find((w) => w.ownerId === owner.id);
  if (mine) return mine.id;
  const id = newId(sim.state);
  subs.set(id, {
    id,
    eventType: "asset.create",
    resourceType: "brandfolder",
    resourceKey: seeded(sim).brand,
    callbackUrl: "https://hooks.example.com/brandfolder",
    ownerId: owner.id,
    status: "active",
    createdAt: 0,
  });
  return id;
}

/** Actions of more than one call, run once per step below (subjects()). */
const STEPS = { downloadAttachment: true };

/** The seeded record each path placeholder names. */
const ID_BY_PLACEHOLDER: Record<string, Ids> = {
  organizationId: (sim) => seeded(sim).org,
  webhookId: (sim) => subscription(sim),
  brandfolderId: (sim) => seeded(sim).brand,
  sectionId: (sim) => seeded(sim).logos,
  collectionId: (sim) => seeded(sim).pressKit,
  labelId: (sim) => seeded(sim).spring,
  customFieldKeyId: (sim) => seeded(sim).color,
  assetId: (sim) => seeded(sim).assets[0],
  attachmentId: (sim) => {
    const asset = seeded(sim).assets[0];
    const found = [...sim.state.attachments.values()].find((a) => a.assetId === asset);
    if (!found) throw new Error("the seeded asset has no attachment");
    return found.id;
  },
  invitationId: (sim) => first(sim.state.invitations, "invitation"),
  userPermissionId: (sim) => first(sim.state.userPermissions, "user permission"),
  // One label, several parents (List Assets, List Invitations, …): the suite reads a Brandfolder's.
  parentId: (sim) => seeded(sim).brand,
};
/** Placeholders that name the parent's kind, not a record. */
const KIND_PLACEHOLDERS: Record<string, string> = {
  parent: "brandfolders",
  parentKind: "brandfolders",
};

/** An action's single call, when its description names exactly one: "API: GET /path (link)". */
function callOf(def: { display: { description: string } }) {
  const m = /Brandfolder API: (GET|POST|PUT|PATCH|DELETE) (\/\S+?) \(/.exec(
    def.display.description,
  );
  return m ? { method: m[1], path: m[2] } : undefined;
}

/** Actions that write (their description names POST, PUT or DELETE): not this suite's concern. */
const writes = (def: { display: { description: string } }) =>
  /Brandfolder API: [^(]*\b(POST|PUT|PATCH|DELETE)\b/.test(def.display.description);

const defs = () => Object.entries(actions as Record<string, { display: { description: string } }>);
const hasFetchAll = (key: string) =>
  (actions as Record<string, { inputs: Record<string, unknown> }>)[key].inputs.fetchAll !==
  undefined;

const placeholders = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const unknownIn = (path: string) =>
  placeholders(path).filter((n) => !ID_BY_PLACEHOLDER[n] && !KIND_PLACEHOLDERS[n]);

function readOf(key: string, path: string): Subject {
  const names = placeholders(path);
  const ids = names.filter((n) => ID_BY_PLACEHOLDER[n]);
  const last = ids[ids.length - 1];
  return {
    key,
    kind: "read",
    inputs: (sim) => ({
      ...Object.fromEntries(
        names.map((n) => [n, KIND_PLACEHOLDERS[n] ?? ID_BY_PLACEHOLDER[n](sim)]),
      ),
      // One page, as a builder's loop reads it.
      ...(hasFetchAll(key) ? { fetchAll: "false" } : {}),
    }),
    // v1 webhooks answer a deleted subscription with 404, not the v4 403: no 403-on-delete case.
    target: last && last !== "webhookId" ? (sim) => ID_BY_PLACEHOLDER[last](sim) : undefined,
  };
}

/** Every read action: once as one page, and once with Fetch All where it has it. */
export function subjects(): Subject[] {
  const out: Subject[] = [];
  for (const [key, def] of defs()) {
    const call = callOf(def);
    if (key in NOT_IN_SUITE || call?.method !== "GET" || unknownIn(call.path).length) continue;
    const read = readOf(key, call.path);
    out.push(read);
    if (hasFetchAll(key))
      out.push({
        ...read,
        name: `${key} (Fetch All)`,
        kind: "Fetch All",
        inputs: (sim) => ({ ...read.inputs(sim), fetchAll: "true" }),
      });
  }
  // Download Attachment reads the attachment, then its file off the API: a fault on each step.
  const download = readOf("downloadAttachment", "/api/v4/attachments/{attachmentId}");
  out.push({ ...download, name: "downloadAttachment (attachment read)", faultPath: /^\/api\// });
  out.push({
    ...download,
    name: "downloadAttachment (file fetch)",
    faultPath: /^\/cdn\//,
    offApi: true,
    target: undefined,
  });
  // The fault on the second page of a two-page Fetch All: the walk must go on, not start over.
  out.push({
    ...out.find((s) => s.key === "listAssets" && s.kind === "Fetch All")!,
    name: "listAssets (Fetch All, fault on page 2)",
    skip: 1,
    seedAssets: 520,
  });
  return out;
}

/**
 * Actions the suite neither runs as a read, nor counts as a write, nor leaves out with a reason,
 * each with what to do about it.
 */
export function unplaced(): string[] {
  return defs().flatMap(([key, def]) => {
    if (key in NOT_IN_SUITE || key in STEPS || writes(def)) return [];
    const call = callOf(def);
    if (call?.method !== "GET")
      return [`${key}: names no single GET; add it to NOT_IN_SUITE with the reason`];
    const unknown = unknownIn(call.path);
    return unknown.length ? [`${key}: add {${unknown.join("}, {")}} to ID_BY_PLACEHOLDER`] : [];
  });
}
