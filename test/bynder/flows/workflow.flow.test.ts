import { createHarness } from "@prismatic-io/spectral/dist/testing";
import { type Simulator, startSimulator } from "../../../simulator/bynder";
import component from "../../../src/bynder";
import { connectionWithScopes, DEFAULT_TOKEN_SCOPES, requestsTo } from "../../helpers/simulator";

const harness = createHarness(component);
type Data = Record<string, unknown>;
type Stage = { id: string; position: number; status: string };
type Items = { key: string; label?: string }[];

describe("a campaign and its job against the simulator", () => {
  let sim: Simulator;
  let connection: Awaited<ReturnType<typeof connectionWithScopes>>;
  const run = async (key: string, params: Data = {}) =>
    (await harness.action(key, { connection, ...params }))?.data as Data;
  const pick = async (key: string, params: Data = {}) =>
    ((await harness.dataSource(key, { connection, ...params })) as { result: Items }).result;

  beforeAll(async () => {
    sim = await startSimulator({ seedAssets: 1 });
    // Finish Job needs workflow.job:approve, which the default scopes lack.
    connection = await connectionWithScopes(sim, `${DEFAULT_TOKEN_SCOPES} workflow.job:approve`);
  });
  afterAll(() => sim.close());

  it("creates a campaign and a job, moves the job to its last stage, finishes it, closes and deletes", async () => {
    const users = await pick("selectWorkflowUser");
    const me = users.find((u) => u.key === sim.state.currentUserId);
    expect(me?.label).toContain("Api User");

    const campaign = await run("createCampaign", {
      name: "Flow campaign",
      key: "FLOW",
      responsibleId: me?.key,
    });
    const campaignId = String(campaign.ID);
    // Created as 32 hex digits; the action returns the canonical dashed ID.
    expect(campaignId).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(campaign).toMatchObject({ name: "Flow campaign", key: "FLOW", closed: false });

    const presets = await pick("selectJobPreset");
    const threeStage = [...sim.state.presets.values()].find((p) => p.stages.length === 3);
    expect(presets.map((p) => p.key)).toContain(threeStage?.ID);
    const job = await run("createJob", {
      name: "Flow job",
      campaignId,
      accountableId: me?.key,
      presetId: threeStage?.ID,
    });
    const jobId = String(job.id);
    expect(job).toMatchObject({ name: "Flow job", campaignID: campaignId });

    const listed = (await run("listJobsByCampaign", { id: campaignId })) as unknown as Data[];
    expect(listed.map((j) => j.id)).toEqual([jobId]);
    expect(requestsTo(sim, "GET", `/api/workflow/campaigns/${campaignId}/jobs`)).toHaveLength(1);

    // Finishing on the first stage is refused with Bynder's 409, explained.
    await expect(harness.action("finishJob", { connection, id: jobId })).rejects.toThrow(
      /HTTP 409.*not on its last stage yet/,
    );

    const stages = (await run("getJobStages", { id: jobId })) as unknown as Stage[];
    expect(stages.map((s) => s.status)).toEqual(["Active", "Idle", "Idle"]);
    for (const [prev, next] of [
      [0, 1],
      [1, 2],
    ]) {
      const moved = await run("updateJob", {
        id: jobId,
        data: JSON.stringify({
          previousStage: { id: stages[prev].id, status: "Approved" },
          activeStage: { id: stages[next].id, status: "Active" },
        }),
      });
      expect(moved).toEqual({ status: "Updated", job_id: jobId });
    }
    const [, put] = requestsTo(sim, "PUT", `/api/workflow/jobs/${jobId}`);
    // Only the stage objects travel: blank inputs are not sent as empty fields.
    expect(Object.keys(JSON.parse(put.body.toString())).sort()).toEqual([
      "activeStage",
      "previousStage",
    ]);
    const onLast = await run("getJob", { id: jobId });
    expect(onLast.job_active_stage).toMatchObject({ position: 3, status: "Active" });

    expect(await run("finishJob", { id: jobId })).toEqual({ status: "Finished", job_id: jobId });
    const [patch] = requestsTo(sim, "PATCH", `/api/workflow/jobs/${jobId}/finish`);
    expect(JSON.parse(patch.body.toString())).toEqual({ status: "Finished", job_id: jobId });

    expect(await run("closeCampaign", { id: campaignId })).toEqual({
      closed: true,
      id: campaignId,
    });
    const [close] = requestsTo(sim, "POST", `/api/workflow/campaigns/${campaignId}`);
    expect(close.body.length).toBe(0);
    expect((await run("getCampaign", { id: campaignId })).closed).toBe(true);

    expect(await run("deleteCampaign", { id: campaignId })).toEqual({
      deleted: true,
      id: campaignId,
    });
    expect(sim.state.campaigns.size).toBe(2);
  });

  it("without workflow.job:approve, Finish Job's 403 names that scope and the JOBAPPROVE role", async () => {
    const defaults = await connectionWithScopes(sim, DEFAULT_TOKEN_SCOPES);
    const [job] = [...sim.state.jobs.values()];
    await expect(harness.action("finishJob", { connection: defaults, id: job.id })).rejects.toThrow(
      /HTTP 403.*"workflow\.job:approve" scope on the connection \(not among the default scopes.*JOBAPPROVE/,
    );
    expect(job.dateFinished).toBeNull();
  });
});
