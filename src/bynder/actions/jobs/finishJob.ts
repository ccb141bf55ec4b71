import { jobFinishedExample } from "../../examplePayloads/jobs";
import { jobIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const finishJob = bynderAction({
  label: "Finish Job",
  description:
    "Finish a workflow job that is on its last stage; Bynder refuses (HTTP 409) a job that is already finished or not yet on its last stage, and it needs the workflow.job:approve scope (not among the connection's default Scopes: add it and reconnect) and the JOBAPPROVE role.",
  inputs: {
    id: {
      ...jobIdInput("finish"),
      comments:
        "The ID of the job to finish; it must be on its last stage (see Get Job Stages and Update Job). The connection needs the workflow.job:approve scope, which its default Scopes lack: add it and reconnect.",
    },
  },
  method: "PATCH",
  path: "/api/workflow/jobs/{id}/finish",
  encoding: "json",
  body: { status: () => "Finished", job_id: "id" },
  examplePayload: { data: jobFinishedExample },
});
