import { campaignDeletedExample } from "../../examplePayloads/campaigns";
import { campaignIdInput } from "../../inputs/campaigns";
import { bynderAction } from "../bynderAction";

export const deleteCampaign = bynderAction({
  label: "Delete Campaign",
  description:
    "Delete a workflow campaign and return {deleted: true, id} as confirmation; use Close Campaign to keep it.",
  inputs: { id: campaignIdInput("The ID of the campaign to delete.") },
  method: "DELETE",
  path: "/api/workflow/campaigns/{id}",
  // Bynder answers 204 with no body.
  result: (_data, p) => ({ deleted: true, id: p.id }),
  examplePayload: { data: campaignDeletedExample },
});
