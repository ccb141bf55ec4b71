import { campaignListExample } from "../../examplePayloads/campaigns";
import { bynderAction } from "../bynderAction";
import { CAMPAIGNS_PATH } from "../../endpoints";

export const listCampaigns = bynderAction({
  label: "List Campaigns",
  description:
    "List every workflow campaign, open and closed, in one request (Bynder does not page this list).",
  inputs: {},
  method: "GET",
  path: CAMPAIGNS_PATH,
  examplePayload: { data: campaignListExample },
});
