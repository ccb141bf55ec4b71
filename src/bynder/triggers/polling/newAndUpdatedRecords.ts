import { type Connection, pollingTrigger } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import type { BynderClient } from "../../client/clientFor";
import { clock } from "../../../core/http/clock";
import { JOBS_PATH, MEDIA_PATH, TRASH_PATH, TRASH_PAGE_SIZE } from "../../endpoints";
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
import { cursorAt, readCursor } from "./cursor";
import {
  baseline,
  type KeysetCursor,
  type KeysetResult,
  type KeysetSource,
  keysetPoll,
  OVERLAP_MS,
  SETTLE_MS,
} from "./keyset";
import {
  pollCampaigns,
  pollCollections,
  pollOrders,
  readSnapshot,
  type SnapshotState,
} from "./snapshot";

const KEYSET: Record<"assets" | "jobs", KeysetSource> = {
  assets: {
    path: MEDIA_PATH,
    query: (iso) => ({ dateModified: iso, orderBy: "dateModified asc" }),
    newestQuery: { orderBy: "dateModified desc", limit: 100, page: 1 },
  },
  jobs: {
    path: `${JOBS_PATH}/`,
    query: (iso) => ({ dateModifiedFrom: iso, orderBy: "dateModified asc" }),
    newestQuery: { orderBy: "dateModified desc", limit: 100, page: 1 },
  },
};

/** Bynder's trash (30 days), oldest removal first. */
const TRASH: KeysetSource = {
  path: TRASH_PATH,
  query: (iso) => ({ dateRemoved: iso, field: "media.dateRemoved", order: "asc" }),
  newestQuery: { field: "media.dateRemoved", order: "desc", limit: 100, page: 1 },
  field: "dateRemoved",
  pageSize: TRASH_PAGE_SIZE,
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

/** Reads the stored keyset cursor; one that cannot be read is reset with a warning, not a crash. */
function storedCursor(
  stored: unknown,
  what: string,
  fallback: string,
  warn: (m: string) => void,
): KeysetCursor | undefined {
  if (stored === undefined) return undefined;
  const read = readCursor(stored, OVERLAP_MS);
  if ("cursor" in read) return read.cursor;
  warn(
    `The stored ${what} cursor could not be read (${read.problem}): it was reset to ${fallback}.`,
  );
  return undefined;
}

const RESET_NOTE = "changes between the last good poll and the reset are not reported";

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
  const resetTo = startFrom
    ? `Start From (${startFrom}), which this poll reads again`
    : `Bynder's newest record (this poll emits nothing; ${RESET_NOTE})`;
  const stored = storedCursor(previous?.cursor, resource, resetTo, warn);
  // Start From applies to a first poll (or a reset) only; later polls follow the stored cursor.
  const floor = !stored && startFrom ? Date.parse(startFrom) : undefined;
  const cursor = stored ?? (floor === undefined ? undefined : cursorAt(floor, 0));
  if (cursor) {
    const r = await keysetPoll(client, KEYSET[resource], { ...common, cursor, floor });
    ({ created, updated } = r);
    state.cursor = r.cursor;
    if (!r.complete) warn(budgetNote(resource, r));
  } else {
    state.cursor = await baseline(client, KEYSET[resource], SETTLE_MS);
  }
  if (resource !== "assets" || !includeDeleted) return { created, updated, state };
  const deletedFrom = storedCursor(
    previous?.deleted,
    "deleted assets",
    `the newest removal in Bynder's trash (${RESET_NOTE})`,
    warn,
  );
  if (!deletedFrom) {
    state.deleted = await baseline(client, TRASH, SETTLE_MS);
    return { created, updated, deleted: [], state };
  }
  const d = await keysetPoll(client, TRASH, { ...common, cursor: deletedFrom });
  state.deleted = d.cursor;
  if (!d.complete) warn(budgetNote("deleted assets", d));
  return { created, updated, deleted: [...d.created, ...d.updated], state };
}

/** What a poll that ran out of requests did, and where the next one continues. */
const budgetNote = (what: string, r: KeysetResult) =>
  `${what}: this poll used its ${r.requests} requests before catching up and emitted ${r.created.length + r.updated.length} record(s); the next poll continues after the last record read (modified ${new Date(r.cursor.at).toISOString()}).`;

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
  let snapshot: SnapshotState | undefined;
  if (previous?.snapshot !== undefined) {
    const read = readSnapshot(previous.snapshot);
    if ("state" in read) snapshot = read.state;
    else
      o.warn(
        `The stored ${resource} snapshot could not be read (${read.problem}): it was reset to the current list (this poll emits nothing; ${RESET_NOTE}).`,
      );
  }
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
    const stored = (context.polling.getState() ?? {}) as Partial<PollState>;
    const warn = (m: string) => context.logger.warn(`New and Updated Records: ${m}`);
    if (Object.keys(stored).length > 0 && stored.v !== 1)
      warn(
        `The stored polling state could not be read (version ${JSON.stringify(stored.v)}): polling starts over.`,
      );
    // A different resource (the step was reconfigured) starts over rather than mix cursors.
    const previous =
      stored.v === 1 && stored.resource === resource ? (stored as PollState) : undefined;
    const client = clientFor(params.connection as Connection, context);
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
