import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { type Job, jobExample } from "../../examplePayloads/jobs";
import { connectionInput } from "../../inputs/common";
import {
  accountableIdInput,
  checkStages,
  createJobDataInput,
  jobCampaignIdInput,
  jobDescriptionInput,
  jobNameInput,
  presetIdInput,
} from "../../inputs/jobs";
import { BYNDER_REFERENCE, JOBS_PATH } from "../../endpoints";
import { workflowBody } from "../campaigns/workflowBody";

const LIST_PATH = JOBS_PATH;
const ONE_PATH = "/api/workflow/jobs/{id}";

export const createJob = action({
  display: {
    label: "Create Job",
    description: `Create a workflow job in a campaign from a job preset and return the new job as Get Job would. Bynder API: POST ${LIST_PATH}, then GET ${ONE_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    name: jobNameInput,
    campaignId: jobCampaignIdInput,
    accountableId: accountableIdInput,
    presetId: presetIdInput,
    description: jobDescriptionInput,
    data: createJobDataInput,
  },
  examplePayload: { data: jobExample },
  perform: async (context, params) => {
    const { connection, name, campaignId, accountableId, presetId, description, data } = params;
    checkStages(data);
    const body = workflowBody(
      {
        name: { label: "Name", value: name },
        campaignID: { label: "Campaign ID", value: campaignId },
        accountableID: { label: "Accountable ID", value: accountableId },
        presetID: { label: "Preset ID", value: presetId },
        description: { label: "Description", value: description },
      },
      data,
    );
    const client = clientFor(connection, context);
    const created = await client.request<{ status?: string; job_id?: string }>({
      method: "POST",
      path: LIST_PATH,
      body: { encoding: "json", value: body },
    });
    // Bynder answers {status: "Created", job_id}: read the job so later steps get its stages too.
    const id = created.data?.job_id;
    if (!id) {
      throw new Error(
        "Create Job: Bynder created the job but returned no job_id. Look it up with List Jobs By Campaign.",
      );
    }
    const job = await client.request<Job>({ method: "GET", path: ONE_PATH, pathParams: { id } });
    return { data: job.data };
  },
});
