import { empty, fail, json, jsonBody, type Reply, requireFields, str } from "../../../core/http";
import { isoOffsetDate, uuid } from "../../../core/ids";
import type { Ctx, Router } from "../../routing";
import type { Campaign, JobPreset, SimEnv } from "../../state";
import { registerWorkflowUsers } from "./users";

/** Workflow ids are matched with or without dashes (create answers with a dashless id). */
export function findById<T>(map: Map<string, T>, id: string): T | undefined {
  const direct = map.get(id);
  if (direct) return direct;
  const norm = id.replace(/-/g, "").toLowerCase();
  for (const [key, value] of map) if (key.replace(/-/g, "").toLowerCase() === norm) return value;
  return undefined;
}

export function getCampaign(env: SimEnv, id: string): Campaign {
  const c = findById(env.state.campaigns, id);
  if (!c) throw fail(404, "Campaign not found");
  return c;
}

export function renderCampaign(env: SimEnv, c: Campaign): Record<string, unknown> {
  return {
    ID: c.ID,
    name: c.name,
    key: c.key,
    description: c.description,
    dateStart: c.dateStart,
    deadline: c.deadline,
    closed: c.closed,
    responsibleID: c.responsibleID,
    presetID: c.presetID,
    accountID: c.accountID,
    createdByID: c.createdByID,
    dateCreated: isoOffsetDate(c.dateCreated),
    dateModified: isoOffsetDate(c.dateModified),
    thumbnailURL: `${env.baseUrl}/workflow/campaign/${c.ID}/thumbnail.png`,
    campaignMetaproperties: c.campaignMetaproperties,
  };
}

function applyCampaign(c: Campaign, body: Record<string, unknown>): void {
  if (body.name !== undefined) c.name = String(body.name);
  if (body.key !== undefined) {
    const key = String(body.key);
    if (key.length === 0 || key.length > 4) throw fail(400, "key must be 1 to 4 characters");
    c.key = key;
  }
  if (body.description !== undefined) c.description = String(body.description);
  if (body.dateStart !== undefined) c.dateStart = str(body.dateStart) ?? null;
  if (body.deadline !== undefined) c.deadline = str(body.deadline) ?? null;
  if (body.closed !== undefined) c.closed = body.closed === true;
  if (body.responsibleID !== undefined) c.responsibleID = String(body.responsibleID);
  if (
    body.campaignMetaproperties !== undefined &&
    typeof body.campaignMetaproperties === "object"
  ) {
    c.campaignMetaproperties = body.campaignMetaproperties as Record<string, unknown>;
  }
}

function createCampaign(ctx: Ctx): Reply {
  const body = jsonBody(ctx.headers, ctx.body);
  requireFields(body, ["name", "key"]);
  const now = ctx.env.clock();
  const c: Campaign = {
    ID: uuid(),
    name: "",
    key: "",
    description: "",
    dateStart: null,
    deadline: null,
    closed: false,
    responsibleID: ctx.env.state.currentUserId,
    presetID: null,
    accountID: ctx.env.state.currentUserId,
    createdByID: ctx.env.state.currentUserId,
    dateCreated: now,
    dateModified: now,
    campaignMetaproperties: {},
  };
  applyCampaign(c, body);
  ctx.env.state.campaigns.set(c.ID, c);
  // Bynder answers the id as 32 hex digits; only the Location header carries the dashed form.
  return json(
    201,
    { id: c.ID.replace(/-/g, "") },
    { location: `${ctx.env.baseUrl}/api/workflow/campaigns/${c.ID}` },
  );
}

function closeCampaign(ctx: Ctx): Reply {
  const c = getCampaign(ctx.env, ctx.params.id);
  c.closed = true;
  c.dateModified = ctx.env.clock();
  return empty(204);
}

function renderPreset(p: JobPreset): Record<string, unknown> {
  return {
    ID: p.ID,
    name: p.name,
    ftp_settings: {},
    wf_uuid: p.wf_uuid,
    presetstages: p.stages.map((s) => ({
      ID: s.ID,
      name: s.name,
      description: "",
      position: `${s.position}.0`,
      editableBy: "all",
      restrictToGroupID: null,
      type: s.type,
      responsibleID: null,
      responsibleGroupID: null,
    })),
  };
}

export function registerWorkflow(router: Router): void {
  registerWorkflowUsers(router);
  const r = router.family("workflow.campaign:read", "workflow.campaign:write");
  r.get("/api/workflow/campaigns", (ctx) =>
    json(
      200,
      [...ctx.env.state.campaigns.values()]
        .sort((a, b) => b.dateCreated - a.dateCreated)
        .map((c) => renderCampaign(ctx.env, c)),
    ),
  );
  r.post("/api/workflow/campaigns", createCampaign);
  r.get("/api/workflow/campaigns/:id", (ctx) =>
    json(200, renderCampaign(ctx.env, getCampaign(ctx.env, ctx.params.id))),
  );
  // wf-campaigns-v4 OpenAPI: the PUT body schema lists no required fields (and bynder-api.md says
  // it takes the create body, which has none either), so a partial PUT is accepted.
  r.put("/api/workflow/campaigns/:id", (ctx) => {
    const c = getCampaign(ctx.env, ctx.params.id);
    applyCampaign(c, jsonBody(ctx.headers, ctx.body));
    c.dateModified = ctx.env.clock();
    return json(201, { id: c.ID });
  });
  // wf-campaigns-v4 OpenAPI: Close campaign is a bare POST on the campaign (204); no /close route.
  r.post("/api/workflow/campaigns/:id", closeCampaign);
  r.delete("/api/workflow/campaigns/:id", (ctx) => {
    const c = getCampaign(ctx.env, ctx.params.id);
    ctx.env.state.campaigns.delete(c.ID);
    for (const [id, job] of ctx.env.state.jobs)
      if (job.campaignID === c.ID) ctx.env.state.jobs.delete(id);
    return empty(204);
  });
  // wf-jobs-v4 OpenAPI has only GET /api/workflow/presets/job/{id}: there is no preset list.
  router.get(
    "/api/workflow/presets/job/:id",
    (ctx) => {
      const p = findById(ctx.env.state.presets, ctx.params.id);
      if (!p) throw fail(404, "Preset not found");
      return json(200, renderPreset(p));
    },
    { scopes: ["workflow.preset:read"] },
  );
}
