import { createHarness } from "@prismatic-io/spectral/dist/testing";
import component from "../../../src/bynder";
import { CAMPAIGN_ID, campaignExample } from "../../../src/bynder/examplePayloads/campaigns";
import { JOB_ID } from "../../../src/bynder/examplePayloads/jobs";
import { oauthConnection } from "../../helpers/connections";
import { recordPortal } from "../../helpers/recorder";

const harness = createHarness(component);
type Result = { data: Record<string, unknown> };
const run = (key: string, inputs: Record<string, unknown>) =>
  harness.action(key, { connection: oauthConnection(), ...inputs }) as Promise<Result>;

describe("Create Campaign", () => {
  it("reads the new campaign from the Location header rather than re-dashing the 32-hex id", async () => {
    const portal = recordPortal((r) =>
      r.method === "POST"
        ? [
            201,
            { id: "0123456789abcdef0123456789abcdef" },
            { Location: `https://acme.bynder.com/api/workflow/campaigns/${CAMPAIGN_ID}/` },
          ]
        : [200, campaignExample],
    );
    const { data } = await run("createCampaign", { name: "Spring", key: "SPR6" });
    portal.stop();
    expect(portal.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/workflow/campaigns",
      `GET /api/workflow/campaigns/${CAMPAIGN_ID}`,
    ]);
    // Blank optional inputs are left out of the JSON body.
    expect(JSON.parse(portal.requests[0].body)).toEqual({ name: "Spring", key: "SPR6" });
    expect(data.ID).toBe(CAMPAIGN_ID);
  });
});

describe("Update Campaign", () => {
  it("sends the campaign back unchanged when every input is blank", async () => {
    const portal = recordPortal((r) =>
      r.method === "GET" ? [200, campaignExample] : [201, { id: "x" }],
    );
    await run("updateCampaign", { id: CAMPAIGN_ID, name: "", key: "  ", description: "" });
    portal.stop();
    const put = portal.requests[1];
    expect(put.method).toBe("PUT");
    expect(JSON.parse(put.body)).toEqual({
      name: campaignExample.name,
      key: campaignExample.key,
      description: campaignExample.description,
      dateStart: campaignExample.dateStart,
      deadline: campaignExample.deadline,
      closed: false,
      responsibleID: campaignExample.responsibleID,
      campaignMetaproperties: {},
    });
  });
});

describe("workflow and usage errors", () => {
  it("explains a 409 on Finish Job: already finished, or not on the last stage", async () => {
    const portal = recordPortal(() => [
      409,
      { status: "Job not on last stage.", message: "Advance the job to the last stage to finish." },
    ]);
    await expect(run("finishJob", { id: JOB_ID })).rejects.toThrow(
      "The job is already finished, or it is not on its last stage yet",
    );
    portal.stop();
  });

  it("names the CAMPAIGNOVERVIEW role when the jobs of a campaign are refused", async () => {
    const portal = recordPortal(() => [403, { message: "Access denied", statuscode: 403 }]);
    await expect(run("listJobsByCampaign", { id: CAMPAIGN_ID })).rejects.toThrow(
      'needs the "workflow.campaign:read" scope on the connection and the CAMPAIGNOVERVIEW security role',
    );
    portal.stop();
  });

  it("says asset usage needs a scope the default scopes lack", async () => {
    const portal = recordPortal(() => [403, { message: "Forbidden" }]);
    await expect(run("listAssetUsage", { assetId: "A1" })).rejects.toThrow(
      'the "asset.usage:read" scope on the connection (not among the default scopes: add it to Scopes and reconnect)',
    );
    portal.stop();
  });
});
