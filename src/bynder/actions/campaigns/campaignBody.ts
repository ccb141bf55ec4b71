import { checkCampaignKey } from "../../inputs/campaigns";
import { workflowBody } from "./workflowBody";

interface CampaignFields {
  name?: unknown;
  key?: unknown;
  description?: unknown;
  responsibleId?: unknown;
  data?: Record<string, unknown>;
}

/** The campaign fields Create Campaign and Update Campaign send, checked before any request. */
export function campaignBody({ name, key, description, responsibleId, data }: CampaignFields) {
  checkCampaignKey("Key", key);
  checkCampaignKey("Data", data?.key);
  return workflowBody(
    {
      name: { label: "Name", value: name },
      key: { label: "Key", value: key },
      description: { label: "Description", value: description },
      responsibleID: { label: "Responsible ID", value: responsibleId },
    },
    data,
  );
}
