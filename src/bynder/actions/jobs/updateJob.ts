import { jobUpdatedExample } from "../../examplePayloads/jobs";
import {
  jobIdInput,
  newAccountableIdInput,
  newJobCampaignIdInput,
  newJobDescriptionInput,
  newJobNameInput,
  updateJobDataInput,
  checkStages,
} from "../../inputs/jobs";
import { bynderAction } from "../bynderAction";

export const updateJob = bynderAction({
  label: "Update Job",
  description:
    "Edit a workflow job or move it to another stage; only the fields given are sent, so blank inputs keep their current value.",
  inputs: {
    id: jobIdInput("update"),
    name: newJobNameInput,
    campaignId: newJobCampaignIdInput,
    accountableId: newAccountableIdInput,
    description: newJobDescriptionInput,
    data: updateJobDataInput,
  },
  method: "PUT",
  path: "/api/workflow/jobs/{id}",
  // Bynder's job PUT takes partial bodies, unlike the campaign PUT.
  encoding: "json",
  body: {
    name: "name",
    campaignID: "campaignId",
    accountableID: "accountableId",
    description: "description",
  },
  dataInput: "data",
  validate: (p) => checkStages(p.data),
  examplePayload: { data: jobUpdatedExample },
});
