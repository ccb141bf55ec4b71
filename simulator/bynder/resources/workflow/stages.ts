import { fail } from "../../../core/http";
import type { Job, JobStage } from "../../state";

export const STAGE_STATUSES = ["Approved", "NeedsChanges", "Active", "Cancelled", "Idle"];

/** The active stage is a pointer (moved by a PUT's activeStage.id), not a status search. */
export function activeIndex(job: Job): number {
  return job.stages.length === 0
    ? -1
    : Math.min(Math.max(job.activeStage, 0), job.stages.length - 1);
}

const STAGE_KEYS: [string, number][] = [
  ["previousStage", -1],
  ["activeStage", 0],
  ["nextStage", 1],
];

/**
 * wf-jobs-v4 PUT: `activeStage.id` is the job's NEW active stage; `previousStage` and
 * `nextStage` must be its neighbours. Each may set that stage's status (the OpenAPI enum).
 */
export function planStages(job: Job, body: Record<string, unknown>): () => void {
  const changes = STAGE_KEYS.map(([key, offset]) => {
    const raw = body[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== "object" || Array.isArray(raw)) throw fail(400, `${key} must be an object`);
    const change = raw as { id?: unknown; status?: unknown };
    const status = change.status === undefined ? undefined : String(change.status);
    if (status !== undefined && !STAGE_STATUSES.includes(status))
      throw fail(400, `Invalid ${key}.status: ${status} (one of ${STAGE_STATUSES.join(", ")})`);
    let index: number | undefined;
    if (change.id !== undefined) {
      index = job.stages.findIndex((s) => s.id === String(change.id));
      if (index < 0) throw fail(400, `Unknown stage id in ${key}: ${String(change.id)}`);
    }
    return { key, offset, index, status };
  });
  let active = activeIndex(job);
  const newActive = changes[1];
  if (newActive?.index !== undefined) active = newActive.index;
  const statuses: [JobStage, string][] = [];
  for (const change of changes) {
    if (!change) continue;
    const want = active + change.offset;
    if (change.index !== undefined && change.index !== want) {
      const where = change.offset < 0 ? "right before" : "right after";
      throw fail(400, `${change.key} must be the stage ${where} the active stage`);
    }
    const stage = job.stages[want];
    if (!stage) throw fail(400, `The job has no ${change.key}`);
    if (change.status !== undefined) statuses.push([stage, change.status]);
  }
  // Checked in full before anything changes, so a refused PUT changes nothing.
  return () => {
    for (const [stage, status] of statuses) stage.status = status;
    job.activeStage = active;
    const current = job.stages[active];
    if (current && current.status === "Idle" && newActive?.status === undefined)
      current.status = "Active";
  };
}
