import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { type Campaign, campaignExample } from "../../examplePayloads/campaigns";
import {
  campaignIdInput,
  newCampaignDescriptionInput,
  newCampaignKeyInput,
  newCampaignNameInput,
  newResponsibleIdInput,
  updateCampaignDataInput,
} from "../../inputs/campaigns";
import { connectionInput } from "../../inputs/common";
import { BYNDER_REFERENCE } from "../../endpoints";
import { campaignBody } from "./campaignBody";

const PATH = "/api/workflow/campaigns/{id}";
/** The writable fields of a campaign, as the PUT body takes them. */
const WRITABLE = [
  "name",
  "key",
  "description",
  "dateStart",
  "deadline",
  "closed",
  "responsibleID",
  "campaignMetaproperties",
] as const;

export const updateCampaign = action({
  display: {
    label: "Update Campaign",
    description: `Edit a workflow campaign: inputs left blank keep their current value, because the campaign is read first and sent back whole with the changes. Returns the campaign with the changes applied. Bynder API: GET then PUT ${PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    id: campaignIdInput("The ID of the campaign to update."),
    name: newCampaignNameInput,
    key: newCampaignKeyInput,
    responsibleId: newResponsibleIdInput,
    description: newCampaignDescriptionInput,
    data: updateCampaignDataInput,
  },
  examplePayload: { data: campaignExample },
  perform: async (context, { connection, id, name, key, responsibleId, description, data }) => {
    const changes = campaignBody({ name, key, description, responsibleId, data });
    const client = clientFor(connection, context);
    const { data: current } = await client.request<Campaign>({
      method: "GET",
      path: PATH,
      pathParams: { id },
    });
    // Bynder's PUT replaces the campaign (name, key and responsible ID are required), so send it whole.
    const body: Record<string, unknown> = {};
    for (const field of WRITABLE) if (current?.[field] != null) body[field] = current[field];
    Object.assign(body, changes);
    await client.request({
      method: "PUT",
      path: PATH,
      pathParams: { id },
      body: { encoding: "json", value: body },
    });
    return { data: { ...current, ...body } as Campaign };
  },
});
