import { createJob } from "./createJob";
import { deleteJob } from "./deleteJob";
import { finishJob } from "./finishJob";
import { getJob } from "./getJob";
import { getJobPreset } from "./getJobPreset";
import { getJobStages } from "./getJobStages";
import { getMediaOfJob } from "./getMediaOfJob";
import { listJobs } from "./listJobs";
import { listJobsByCampaign } from "./listJobsByCampaign";
import { listWorkflowUsers } from "./listWorkflowUsers";
import { updateJob } from "./updateJob";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  createJob,
  deleteJob,
  finishJob,
  getJob,
  getJobPreset,
  getJobStages,
  getMediaOfJob,
  listJobs,
  listJobsByCampaign,
  listWorkflowUsers,
  updateJob,
};
