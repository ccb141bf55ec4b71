import { jobPresetExample } from "../../examplePayloads/jobs";
import { jobPresetIdInput } from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const getJobPreset = bynderAction({
  label: "Get Job Preset",
  description: "Retrieve a job preset with its stages (the template new jobs are created from).",
  inputs: { id: jobPresetIdInput },
  method: "GET",
  path: "/api/workflow/presets/job/{id}",
  examplePayload: { data: jobPresetExample },
});
