import { campaignExample } from "../../examplePayloads/campaigns";
import { campaignIdInput } from "../../inputs/campaigns";
import { bynderAction } from "../bynderAction";

export const getCampaign = bynderAction({
  label: "Get Campaign",
  description:
    "Retrieve one workflow campaign with its key, dates, responsible user and metaproperties (its ID is in the upper-case ID field).",
  inputs: { id: campaignIdInput("The ID of the campaign to retrieve.") },
  method: "GET",
  path: "/api/workflow/campaigns/{id}",
  examplePayload: { data: campaignExample },
});
