import {
  empty,
  fail,
  json,
  jsonBody,
  list,
  one,
  parseDate,
  type Reply,
  requireFields,
  str,
} from "../../../core/http";
import { isoOffsetDate, uuid } from "../../../core/ids";
import { paginate, sorter } from "../../../core/paging";
import type { Ctx, Router } from "../../routing";
import type { Job, JobStage, SimEnv } from "../../state";
import { findById, getCampaign } from "./campaigns";
import { activeIndex, planStages } from "./stages";

export { STAGE_STATUSES } from "./stages";

function getJob(env: SimEnv, id: string): Job {
  const job = findById(env.state.jobs, id);
  if (!job) throw fail(404, "Job not found");
  return job;
}

const stageRef = (s: JobStage | undefined) =>
  s ? { position: s.position, status: s.status, id: s.id } : null;

export function renderJob(job: Job): Record<string, unknown> {
  const idx = activeIndex(job);
  return {
    id: job.id,
    name: job.name,
    description: job.description,
    deadline: job.deadline,
    createdByID: job.createdByID,
    accountableID: job.accountableID,
    dateCreated: isoOffsetDate(job.dateCreated),
    dateModified: isoOffsetDate(job.dateModified),
    basedOnPreset: job.presetID !== null,
    presetID: job.presetID,
    campaignID: job.campaignID,
    bookedMinutes: 0,
    jobKey: job.jobKey,
    dateFinished: job.dateFinished === null ? null : isoOffsetDate(job.dateFinished),
    // wf-jobs-v4 OpenAPI: an array of {userId, date}; empty until the job is finished.
    jobFinishedHistory:
      job.dateFinished === null
        ? []
        : [{ userId: job.createdByID, date: isoOffsetDate(job.dateFinished) }],
    job_stages: job.stages.map(stageRef),
    job_previous_stage: idx > 0 ? stageRef(job.stages[idx - 1]) : null,
    job_active_stage: idx >= 0 ? stageRef(job.stages[idx]) : null,
    job_next_stage: idx >= 0 ? stageRef(job.stages[idx + 1]) : null,
    jobMetaproperties: job.jobMetaproperties,
  };
}

function listJobs(ctx: Ctx, campaignId?: string): Reply {
  const q = ctx.query;
  const statuses = list(one(q, "status"));
  const accountable = list(one(q, "accountableIDs"));
  const ranges: [string, string, (j: Job) => number | undefined][] = [
    ["dateCreatedFrom", "dateCreatedTo", (j) => j.dateCreated],
    ["dateModifiedFrom", "dateModifiedTo", (j) => j.dateModified],
    ["deadlineFrom", "deadlineTo", (j) => (j.deadline ? Date.parse(j.deadline) : undefined)],
  ];
  const bounds = ranges.map(([from, to, pick]) => ({
    from: parseDate(one(q, from), from),
    to: parseDate(one(q, to), to),
    pick,
  }));
  const jobs = [...ctx.env.state.jobs.values()].filter((j) => {
    if (campaignId && j.campaignID !== campaignId) return false;
    if (statuses.length > 0 && !statuses.includes(j.stages[activeIndex(j)]?.status ?? ""))
      return false;
    if (accountable.length > 0 && !accountable.includes(j.accountableID)) return false;
    return bounds.every(({ from, to, pick }) => {
      const v = pick(j);
      if (from === undefined && to === undefined) return true;
      return v !== undefined && (from === undefined || v >= from) && (to === undefined || v <= to);
    });
  });
  jobs.sort(
    sorter(
      one(q, "orderBy"),
      {
        dateCreated: (j) => j.dateCreated,
        dateModified: (j) => j.dateModified,
        deadline: (j) => j.deadline ?? "",
        name: (j) => j.name.toLowerCase(),
      },
      "dateCreated desc",
    ),
  );
  const { page, headers } = paginate(jobs, q, 100);
  return json(200, page.map(renderJob), headers);
}

function stagesFor(env: SimEnv, presetId: string, body: Record<string, unknown>): JobStage[] {
  const preset = findById(env.state.presets, presetId);
  if (!preset) throw fail(404, `Preset not found: ${presetId}`);
  const custom = Array.isArray(body.stages) ? (body.stages as Record<string, unknown>[]) : [];
  const names =
    custom.length > 0
      ? custom.map((s) => str(s.name) ?? "Stage")
      : preset.stages.map((s) => s.name);
  return names.map((name, i) => ({
    id: uuid(),
    position: i + 1,
    name,
    status: i === 0 ? "Active" : "Idle",
  }));
}

function createJob(ctx: Ctx): Reply {
  const body = jsonBody(ctx.headers, ctx.body);
  requireFields(body, ["name", "campaignID", "accountableID", "presetID"]);
  const campaign = getCampaign(ctx.env, String(body.campaignID));
  const now = ctx.env.clock();
  const count = [...ctx.env.state.jobs.values()].filter((j) => j.campaignID === campaign.ID).length;
  const job: Job = {
    id: uuid(),
    name: String(body.name),
    description: str(body.description) ?? "",
    deadline: str(body.deadline) ?? null,
    campaignID: campaign.ID,
    accountableID: String(body.accountableID),
    createdByID: ctx.env.state.currentUserId,
    presetID: String(body.presetID),
    dateCreated: now,
    dateModified: now,
    jobKey: `${campaign.key.toUpperCase()}-${count + 1}`,
    dateFinished: null,
    jobMetaproperties: (body.jobMetaproperties as Record<string, string>) ?? {},
    stages: stagesFor(ctx.env, String(body.presetID), body),
    activeStage: 0,
  };
  ctx.env.state.jobs.set(job.id, job);
  return json(201, { status: "Created", job_id: job.id });
}

function updateJob(ctx: Ctx): Reply {
  const job = getJob(ctx.env, ctx.params.id);
  const body = jsonBody(ctx.headers, ctx.body);
  const moveStages = planStages(job, body);
  const campaign =
    body.campaignID === undefined ? undefined : getCampaign(ctx.env, String(body.campaignID));
  if (body.name !== undefined) job.name = String(body.name);
  if (body.description !== undefined) job.description = String(body.description);
  if (body.deadline !== undefined) job.deadline = str(body.deadline) ?? null;
  if (body.accountableID !== undefined) job.accountableID = String(body.accountableID);
  if (campaign) job.campaignID = campaign.ID;
  if (body.jobMetaproperties !== undefined) {
    job.jobMetaproperties = body.jobMetaproperties as Record<string, string>;
  }
  moveStages();
  job.dateModified = ctx.env.clock();
  return json(200, { status: "Updated", job_id: job.id });
}

export function registerWorkflowJobs(router: Router): void {
  const r = router.family("workflow.job:read", "workflow.job:write");
  r.get("/api/workflow/jobs", (ctx) => listJobs(ctx));
  r.post("/api/workflow/jobs", createJob);
  r.get("/api/workflow/campaigns/:id/jobs", (ctx) =>
    listJobs(ctx, getCampaign(ctx.env, ctx.params.id).ID),
  );
  r.get("/api/workflow/jobs/:id", (ctx) => json(200, renderJob(getJob(ctx.env, ctx.params.id))));
  r.put("/api/workflow/jobs/:id", updateJob);
  r.delete("/api/workflow/jobs/:id", (ctx) => {
    const job = getJob(ctx.env, ctx.params.id);
    ctx.env.state.jobs.delete(job.id);
    return empty(204);
  });
  // Finishing needs its own scope (the JOBAPPROVE role's scope in Bynder's scope table).
  r.patch(
    "/api/workflow/jobs/:id/finish",
    (ctx) => {
      const job = getJob(ctx.env, ctx.params.id);
      if (job.dateFinished !== null) {
        return json(409, {
          status: "Job already finished.",
          message: "Re-open the job to finish again.",
        });
      }
      // wf-jobs-v4 OpenAPI 409 example-2: only a job on its last stage can be finished.
      if (activeIndex(job) !== job.stages.length - 1) {
        return json(409, {
          status: "Job not on last stage.",
          message: `Advance the job ${job.id} to the last stage to finish.`,
        });
      }
      job.dateFinished = ctx.env.clock();
      const last = job.stages.at(-1);
      if (last) last.status = "Approved";
      return json(200, { status: "Finished", job_id: job.id });
    },
    { scopes: ["workflow.job:approve"] },
  );
  r.get("/api/workflow/jobs/:id/stages", (ctx) => {
    const job = getJob(ctx.env, ctx.params.id);
    return json(
      200,
      job.stages.map((s) => ({
        id: s.id,
        name: s.name,
        description: "",
        deadline: null,
        dateCreated: isoOffsetDate(job.dateCreated),
        createdByID: job.createdByID,
        status: s.status,
        position: s.position,
        responsible: { id: job.accountableID, type: "user" },
      })),
    );
  });
  r.get("/api/workflow/jobs/:id/media", (ctx) => {
    const job = getJob(ctx.env, ctx.params.id);
    const user = ctx.env.state.users.get(job.accountableID);
    const name = user ? `${user.firstname} ${user.lastname}` : "Unknown user";
    return json(
      200,
      ctx.env.state.jobMedia
        .filter((m) => m.jobId === job.id)
        .map((m) => ({
          id: m.id,
          filename: m.filename,
          uploader_name: name,
          responsible_name: name,
          dateCreated: isoOffsetDate(m.dateCreated),
          dateModified: isoOffsetDate(m.dateModified),
          orientation: "landscape",
          original_url: `${ctx.env.baseUrl}/workflow/media/${m.id}/${encodeURIComponent(m.filename)}`,
          status: m.status,
          versionParentID: null,
          version: m.version,
          previews: [
            { type: "thumbnail", url: `${ctx.env.baseUrl}/workflow/media/${m.id}/preview.png` },
          ],
          sub_versions: [],
        })),
    );
  });
}
