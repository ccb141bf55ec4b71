import { jobMediaExample } from "../../examplePayloads/jobs";
import { jobIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const getMediaOfJob = bynderAction({
  label: "Get Media of Job",
  description:
    "List the files uploaded to a workflow job, each with its approval status, previews and earlier versions.",
  inputs: { id: jobIdInput("list the media of") },
  method: "GET",
  path: "/api/workflow/jobs/{id}/media",
  examplePayload: { data: jobMediaExample },
});
