import { type Json, useSimulator } from "./helpers";

type Stage = { id: string; position: number; status: string };
type Job = Json & { id: string; job_stages: Stage[]; job_active_stage: Stage | null };

describe("workflow job stages, finishing and users", () => {
  const sim = useSimulator();

  /** A new job on the three-stage preset, in a seeded campaign. */
  async function newJob(): Promise<Job> {
    const s = sim().sim;
    const campaign = [...s.state.campaigns.values()][0];
    const preset = [...s.state.presets.values()].find((p) => p.stages.length === 3);
    const res = await sim().json("POST", "/api/workflow/jobs/", {
      name: "Stage test",
      campaignID: campaign.ID,
      presetID: preset?.ID,
      accountableID: s.state.currentUserId,
    });
    expect(res.status).toBe(201);
    const { job_id } = (await res.json()) as { job_id: string };
    return sim().getJson<Job>(`/api/workflow/jobs/${job_id}/`);
  }

  const put = (id: string, body: unknown) => sim().json("PUT", `/api/workflow/jobs/${id}/`, body);
  const finish = (id: string) =>
    sim().json("PATCH", `/api/workflow/jobs/${id}/finish`, { status: "Finished", job_id: id });

  it("refuses to finish a job that is not on its last stage, then finishes it once", async () => {
    const job = await newJob();
    const early = await finish(job.id);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ status: "Job not on last stage." });
    const [, review, delivery] = job.job_stages;
    const move = await put(job.id, {
      previousStage: { id: review.id, status: "Approved" },
      activeStage: { id: delivery.id, status: "Active" },
    });
    expect(move.status).toBe(200);
    const done = await finish(job.id);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ status: "Finished", job_id: job.id });
    const again = await finish(job.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ status: "Job already finished." });
    const after = await sim().getJson<Job & { dateFinished: string | null }>(
      `/api/workflow/jobs/${job.id}/`,
    );
    expect(after.dateFinished).toEqual(expect.any(String));
    expect(after.job_active_stage).toMatchObject({ position: 3, status: "Approved" });
  });

  it("checks that previous and next stages are the active stage's neighbours", async () => {
    const job = await newJob();
    const [briefing, review] = job.job_stages;
    const wrongNext = await put(job.id, {
      name: "Not applied",
      previousStage: { id: briefing.id, status: "Approved" },
      activeStage: { id: review.id },
      nextStage: { id: briefing.id, status: "Idle" },
    });
    expect(wrongNext.status).toBe(400);
    expect(await wrongNext.json()).toMatchObject({ message: expect.stringContaining("nextStage") });
    const wrongPrevious = await put(job.id, { previousStage: { id: review.id } });
    expect(wrongPrevious.status).toBe(400);
    const noPrevious = await put(job.id, { previousStage: { status: "Approved" } });
    expect(noPrevious.status).toBe(400);
    expect(await noPrevious.json()).toMatchObject({ message: "The job has no previousStage" });
    // Nothing of a refused PUT is applied.
    const same = await sim().getJson<Job>(`/api/workflow/jobs/${job.id}/`);
    expect(same).toMatchObject({ name: "Stage test" });
    expect(same.job_active_stage).toMatchObject({ id: briefing.id, status: "Active" });
  });

  it("rejects a stage status outside the OpenAPI enum and an unknown stage id", async () => {
    const job = await newJob();
    const bad = await put(job.id, { activeStage: { id: job.job_stages[0].id, status: "Done" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: expect.stringContaining("Done") });
    const unknown = await put(job.id, { activeStage: { id: "nope", status: "Active" } });
    expect(unknown.status).toBe(400);
  });

  it("moves the active stage with only activeStage.id, making an idle stage active", async () => {
    const job = await newJob();
    const res = await put(job.id, { activeStage: { id: job.job_stages[1].id } });
    expect(res.status).toBe(200);
    const after = await sim().getJson<Job>(`/api/workflow/jobs/${job.id}/`);
    expect(after.job_active_stage).toMatchObject({ position: 2, status: "Active" });
    const stages = await sim().getJson<Stage[]>(`/api/workflow/jobs/${job.id}/stages`);
    expect(stages.map((s) => s.status)).toEqual(["Active", "Active", "Idle"]);
  });

  it("reads a campaign by its lower-case dashed or its 32-hex id", async () => {
    const res = await sim().json("POST", "/api/workflow/campaigns", { name: "Ids", key: "IDS" });
    const { id } = (await res.json()) as { id: string };
    const dashed = (res.headers.get("location") ?? "").split("/").pop() ?? "";
    expect(dashed).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const form of [dashed, id, dashed.toUpperCase()]) {
      expect(await sim().getJson<Json>(`/api/workflow/campaigns/${form}`)).toMatchObject({
        ID: dashed,
        name: "Ids",
      });
    }
  });

  it("lists workflow users with ID, fullname and the BynderUser's email", async () => {
    const users = await sim().getJson<Json[]>("/api/workflow/users/");
    const current = sim().sim.state.users.get(sim().sim.state.currentUserId);
    expect(users.length).toBe(sim().sim.state.users.size);
    expect(users).toContainEqual({
      ID: current?.id,
      fullname: "Api User",
      BynderUser: expect.objectContaining({ email: "api.user@example.com", id: current?.id }),
    });
    const one = await sim().getJson<Json>(`/api/workflow/users/${current?.id}`);
    expect(one).toMatchObject({ ID: current?.id });
    expect((await sim().get("/api/workflow/users/no-such-user")).status).toBe(404);
  });
});
