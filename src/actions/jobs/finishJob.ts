import { jobFinishedExample } from "../../examplePayloads/jobs";
import { jobIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const finishJob = bynderAction({
  label: "Finish Job",
  description:
    "Finish a workflow job that is on its last stage; Bynder refuses (HTTP 409) a job that is already finished or not yet on its last stage.",
  inputs: { id: jobIdInput("finish") },
  method: "PATCH",
  path: "/api/workflow/jobs/{id}/finish",
  encoding: "json",
  body: { status: () => "Finished", job_id: "id" },
  examplePayload: { data: jobFinishedExample },
});
