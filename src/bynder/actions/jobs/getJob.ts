import { jobExample } from "../../examplePayloads/jobs";
import { jobIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const getJob = bynderAction({
  label: "Get Job",
  description:
    "Retrieve one workflow job with its campaign, accountable user, deadline and stages (previous, active and next).",
  inputs: { id: jobIdInput("retrieve") },
  method: "GET",
  path: "/api/workflow/jobs/{id}",
  examplePayload: { data: jobExample },
});
