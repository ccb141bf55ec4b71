import { jobStagesExample } from "../../examplePayloads/jobs";
import { jobIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const getJobStages = bynderAction({
  label: "Get Job Stages",
  description:
    "List a workflow job's stages in order, with each stage's ID, status and responsible user or group (the IDs Update Job needs to move the job on).",
  inputs: { id: jobIdInput("list the stages of") },
  method: "GET",
  path: "/api/workflow/jobs/{id}/stages",
  examplePayload: { data: jobStagesExample },
});
