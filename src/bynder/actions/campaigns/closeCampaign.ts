import { campaignClosedExample } from "../../examplePayloads/campaigns";
import { campaignIdInput } from "../../inputs/campaigns";
import { bynderAction } from "../bynderAction";

export const closeCampaign = bynderAction({
  label: "Close Campaign",
  description:
    "Close a workflow campaign (it is kept, not deleted) and return {closed: true, id} as confirmation.",
  inputs: { id: campaignIdInput("The ID of the campaign to close.") },
  // Bynder closes a campaign with a bodiless POST on the campaign itself; it answers 204.
  method: "POST",
  path: "/api/workflow/campaigns/{id}",
  result: (_data, p) => ({ closed: true, id: p.id }),
  examplePayload: { data: campaignClosedExample },
});
