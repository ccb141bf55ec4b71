import { type Json, useSimulator } from "./helpers";

type Campaign = Json & { ID: string; name: string; closed: boolean };
type Job = Json & { id: string; name: string; campaignID: string; job_active_stage: Json | null };

describe("workflow", () => {
  const sim = useSimulator();

  async function newCampaign(name: string): Promise<string> {
    const res = await sim().json("POST", "/api/workflow/campaigns/", {
      name,
      key: "TST",
      description: "t",
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    // The body has 32 hex digits; the Location header the canonical dashed ID.
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const location = res.headers.get("location") ?? "";
    const dashed = /\/api\/workflow\/campaigns\/([^/]+)$/.exec(location)?.[1] ?? "";
    expect(dashed.replace(/-/g, "")).toBe(id);
    expect(location.startsWith(sim().sim.url)).toBe(true);
    return dashed;
  }

  it("serves only the routes the wf OpenAPI files define: no preset list, no /close", async () => {
    expect((await sim().get("/api/workflow/presets/job/")).status).toBe(404);
    const [campaign] = [...sim().sim.state.campaigns.values()];
    const close = `/api/workflow/campaigns/${campaign.ID}/close/`;
    expect((await sim().json("POST", close, {})).status).toBe(404);
    expect((await sim().json("PUT", close, {})).status).toBe(404);
    expect(campaign.closed).toBe(false);
  });

  it("accepts a partial campaign PUT (the OpenAPI body lists no required fields)", async () => {
    const id = await newCampaign("Partial");
    const put = await sim().json("PUT", `/api/workflow/campaigns/${id}/`, {
      deadline: "2030-01-01",
    });
    expect(put.status).toBe(201);
    expect(await sim().getJson<Campaign>(`/api/workflow/campaigns/${id}/`)).toMatchObject({
      name: "Partial",
      key: "TST",
      deadline: "2030-01-01",
    });
  });

  it("lists campaigns with upper-case ID fields", async () => {
    const campaigns = await sim().getJson<Campaign[]>("/api/workflow/campaigns/");
    expect(campaigns.length).toBeGreaterThanOrEqual(2);
    expect(campaigns[0]).toEqual(
      expect.objectContaining({
        ID: expect.any(String),
        key: expect.any(String),
        closed: false,
        responsibleID: expect.any(String),
      }),
    );
  });

  it("creates, updates, closes and deletes a campaign", async () => {
    const id = await newCampaign("Autumn");
    const put = await sim().json("PUT", `/api/workflow/campaigns/${id}/`, { name: "Autumn 2025" });
    expect(put.status).toBe(201);
    expect(await sim().getJson<Campaign>(`/api/workflow/campaigns/${id}/`)).toMatchObject({
      ID: id,
      name: "Autumn 2025",
    });
    const close = await fetch(`${sim().sim.url}/api/workflow/campaigns/${id}/`, {
      method: "POST",
      headers: { authorization: `Bearer ${sim().sim.credentials.permanentToken}` },
    });
    expect(close.status).toBe(204);
    expect((await sim().getJson<Campaign>(`/api/workflow/campaigns/${id}/`)).closed).toBe(true);
    expect((await sim().del(`/api/workflow/campaigns/${id}/`)).status).toBe(204);
    expect((await sim().get(`/api/workflow/campaigns/${id}/`)).status).toBe(404);
  });

  it("rejects a campaign without a key and a form-encoded campaign body", async () => {
    const noKey = await sim().json("POST", "/api/workflow/campaigns/", { name: "x" });
    expect(noKey.status).toBe(400);
    expect(await noKey.json()).toMatchObject({ message: expect.stringContaining("key") });
    expect(
      (await sim().form("POST", "/api/workflow/campaigns/", { name: "x", key: "X" })).status,
    ).toBe(400);
  });

  it("creates a job from a preset and names the first missing required field", async () => {
    const campaignID = await newCampaign("Jobs home");
    const [preset] = [...sim().sim.state.presets.values()];
    const missing = await sim().json("POST", "/api/workflow/jobs/", {
      name: "j",
      campaignID,
      presetID: preset.ID,
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      message: expect.stringContaining("accountableID"),
    });
    const { sim: s } = sim();
    const res = await sim().json("POST", "/api/workflow/jobs/", {
      name: "Hero shot",
      campaignID,
      presetID: preset.ID,
      accountableID: s.state.currentUserId,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { status: string; job_id: string };
    expect(body.status).toBe("Created");
    const job = await sim().getJson<Job>(`/api/workflow/jobs/${body.job_id}/`);
    expect(job).toMatchObject({ name: "Hero shot", campaignID, presetID: preset.ID });
    expect(job.job_active_stage).toMatchObject({ position: 1, status: "Active" });
    const stages = job.job_stages as { id: string }[];
    // activeStage.id names the NEW active stage (wf-jobs-v4 PUT schema).
    const put = await sim().json("PUT", `/api/workflow/jobs/${job.id}/`, {
      name: "Hero shot v2",
      previousStage: { id: stages[0].id, status: "Approved" },
      activeStage: { id: stages[1].id, status: "Active" },
      nextStage: { id: stages[2].id, status: "Idle" },
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ status: "Updated", job_id: job.id });
    const after = await sim().getJson<Job>(`/api/workflow/jobs/${job.id}/`);
    expect(after.job_active_stage).toMatchObject({ position: 2, status: "Active" });
    expect(after.job_previous_stage).toMatchObject({ position: 1, status: "Approved" });
  });

  it("pages jobs with X-Pagination headers, globally and per campaign", async () => {
    const campaignID = await newCampaign("Many jobs");
    sim().sim.seed.jobs(7, campaignID);
    const res = await sim().get(`/api/workflow/campaigns/${campaignID}/jobs/`, {
      limit: 3,
      page: 3,
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as Job[]).toHaveLength(1);
    expect(res.headers.get("x-pagination-totalrecords")).toBe("7");
    expect(res.headers.get("x-pagination-totalpages")).toBe("3");
    expect(res.headers.get("x-pagination-page")).toBe("3");
    expect(res.headers.get("x-pagination-limit")).toBe("3");
    const all = await sim().get("/api/workflow/jobs/", { limit: 2 });
    expect(Number(all.headers.get("x-pagination-totalrecords"))).toBeGreaterThanOrEqual(10);
    expect((await all.json()) as Job[]).toHaveLength(2);
  });

  it("reads presets, job media and deletes a job", async () => {
    const [preset] = [...sim().sim.state.presets.values()];
    const one = await sim().getJson<Json>(`/api/workflow/presets/job/${preset.ID}/`);
    expect(one).toMatchObject({
      ID: preset.ID,
      name: expect.any(String),
      presetstages: expect.arrayContaining([]),
    });
    const jobs = await sim().getJson<Job[]>("/api/workflow/jobs/", { limit: 100 });
    const withMedia = [];
    for (const j of jobs) {
      const media = await sim().getJson<Json[]>(`/api/workflow/jobs/${j.id}/media/`);
      if (media.length > 0) withMedia.push(media);
    }
    expect(withMedia).toHaveLength(1);
    expect(withMedia[0][0]).toMatchObject({
      filename: "hero-banner.png",
      status: "Approved",
      version: 1,
    });
    expect((await sim().del(`/api/workflow/jobs/${jobs[0].id}/`)).status).toBe(204);
    expect((await sim().get(`/api/workflow/jobs/${jobs[0].id}/`)).status).toBe(404);
  });
});
