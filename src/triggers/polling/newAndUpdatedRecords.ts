import { type Connection, pollingTrigger } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import type { BynderClient } from "../../client/createBynderClient";
import { clock } from "../../client/clock";
import { pollResultExample } from "../../examplePayloads/triggers";
import { connectionInput } from "../../inputs/common";
import {
  includeDeletedInput,
  type PollResource,
  pollResourceTypeInput,
  showNewRecordsInput,
  showUpdatedRecordsInput,
  startFromInput,
} from "../../inputs/triggers";
import { triggerExample } from "../triggerExample";
import { baseline, type KeysetCursor, type KeysetSource, keysetPoll, SETTLE_MS } from "./keyset";
import { pollCampaigns, pollCollections, pollOrders, type SnapshotState } from "./snapshot";

const KEYSET: Record<"assets" | "jobs", KeysetSource> = {
  assets: {
    path: "/api/v4/media/",
    query: (iso) => ({ dateModified: iso, orderBy: "dateModified asc" }),
    newestQuery: { orderBy: "dateModified desc", limit: 100, page: 1 },
  },
  jobs: {
    path: "/api/workflow/jobs/",
    query: (iso) => ({ dateModifiedFrom: iso, orderBy: "dateModified asc" }),
    newestQuery: { orderBy: "dateModified desc", limit: 100, page: 1 },
  },
};

/** Bynder's trash (30 days), oldest removal first. */
const TRASH: KeysetSource = {
  path: "/api/trash/media",
  query: (iso) => ({ dateRemoved: iso, field: "media.dateRemoved", order: "asc" }),
  newestQuery: { field: "media.dateRemoved", order: "desc", limit: 100, page: 1 },
  field: "dateRemoved",
  pageSize: 100,
};

/** What the trigger keeps between polls (spectral's polling state). */
export interface PollState {
  v: 1;
  resource: PollResource;
  cursor?: KeysetCursor;
  deleted?: KeysetCursor;
  snapshot?: SnapshotState;
}

type Row = Record<string, unknown>;
interface Outcome {
  created: Row[];
  updated: Row[];
  deleted?: Row[];
  state: PollState;
}

async function pollKeyset(
  client: BynderClient,
  resource: "assets" | "jobs",
  previous: PollState | undefined,
  startFrom: string | undefined,
  includeDeleted: boolean,
  warn: (m: string) => void,
): Promise<Outcome> {
  const state: PollState = { v: 1, resource };
  const common = { fallbackNow: () => clock().now(), warn };
  let created: Row[] = [];
  let updated: Row[] = [];
  // Start From applies to a first poll only; later polls follow the stored cursor.
  const floor = !previous?.cursor && startFrom ? Date.parse(startFrom) : undefined;
  const cursor = previous?.cursor ?? (floor === undefined ? undefined : { at: floor, seen: {} });
  if (cursor) {
    const r = await keysetPoll(client, KEYSET[resource], { ...common, cursor, floor });
    ({ created, updated } = r);
    state.cursor = r.cursor;
    if (!r.complete)
      warn(`More than ${r.requests} requests of changes: the next poll continues from here.`);
  } else {
    state.cursor = await baseline(client, KEYSET[resource], SETTLE_MS);
  }
  if (resource !== "assets" || !includeDeleted) return { created, updated, state };
  if (!previous?.deleted) {
    state.deleted = await baseline(client, TRASH, SETTLE_MS);
    return { created, updated, deleted: [], state };
  }
  const d = await keysetPoll(client, TRASH, { ...common, cursor: previous.deleted });
  state.deleted = d.cursor;
  return { created, updated, deleted: [...d.created, ...d.updated], state };
}

async function poll(
  client: BynderClient,
  resource: PollResource,
  previous: PollState | undefined,
  o: {
    startFrom?: string;
    showUpdated: boolean;
    includeDeleted: boolean;
    warn: (m: string) => void;
  },
): Promise<Outcome> {
  if (resource === "assets" || resource === "jobs")
    return pollKeyset(client, resource, previous, o.startFrom, o.includeDeleted, o.warn);
  const snapshot = previous?.snapshot;
  const r =
    resource === "collections"
      ? await pollCollections(client, snapshot, o.showUpdated)
      : resource === "campaigns"
        ? await pollCampaigns(client, snapshot)
        : await pollOrders(client, snapshot);
  return { created: r.created, updated: r.updated, state: { v: 1, resource, snapshot: r.state } };
}

export const newAndUpdatedRecords = pollingTrigger({
  display: {
    label: "New and Updated Records",
    description:
      "Checks a Bynder resource on a schedule and emits the records created or modified since the last poll (and, for assets, optionally the ones deleted).",
  },
  inputs: {
    connection: connectionInput,
    resourceType: pollResourceTypeInput,
    showNewRecords: showNewRecordsInput,
    showUpdatedRecords: showUpdatedRecordsInput,
    startFrom: startFromInput,
    includeDeleted: includeDeletedInput,
  },
  examplePayload: { payload: triggerExample(pollResultExample), polledNoChanges: false },
  perform: async (context, payload, params) => {
    const resource = (params.resourceType ?? "assets") as PollResource;
    const stored = context.polling.getState() as Partial<PollState>;
    // A different resource (the step was reconfigured) starts over rather than mix cursors.
    const previous =
      stored.v === 1 && stored.resource === resource ? (stored as PollState) : undefined;
    const client = clientFor(params.connection as Connection, context);
    const warn = (m: string) => context.logger.warn(`New and Updated Records: ${m}`);
    const out = await poll(client, resource, previous, {
      startFrom: params.startFrom,
      showUpdated: params.showUpdatedRecords !== false,
      includeDeleted: params.includeDeleted === true,
      warn,
    });
    context.polling.setState(out.state as unknown as Record<string, unknown>);
    const data: { created: Row[]; updated: Row[]; deleted?: Row[] } = {
      created: params.showNewRecords === false ? [] : out.created,
      updated: params.showUpdatedRecords === false ? [] : out.updated,
    };
    if (out.deleted) data.deleted = out.deleted;
    const count = data.created.length + data.updated.length + (data.deleted?.length ?? 0);
    return { payload: { ...payload, body: { data } }, polledNoChanges: count === 0 };
  },
});
