import { action } from "@prismatic-io/spectral";
import { clientFor } from "../../client/clientFor";
import { type Campaign, campaignExample } from "../../examplePayloads/campaigns";
import {
  campaignDescriptionInput,
  campaignKeyInput,
  campaignNameInput,
  createCampaignDataInput,
  responsibleIdInput,
} from "../../inputs/campaigns";
import { connectionInput } from "../../inputs/common";
import { BYNDER_REFERENCE, CAMPAIGNS_PATH } from "../../endpoints";
import { campaignBody } from "./campaignBody";
import { idFromLocation } from "../../../core/actions/idFromLocation";
import { dashedId } from "./campaignIds";

const LIST_PATH = CAMPAIGNS_PATH;
const ONE_PATH = "/api/workflow/campaigns/{id}";

export const createCampaign = action({
  display: {
    label: "Create Campaign",
    description: `Create a workflow campaign and return it as Get Campaign would, with its canonical (dashed) ID. Bynder API: POST ${LIST_PATH}, then GET ${ONE_PATH} (${BYNDER_REFERENCE}).`,
  },
  inputs: {
    connection: connectionInput,
    name: campaignNameInput,
    key: campaignKeyInput,
    description: campaignDescriptionInput,
    responsibleId: responsibleIdInput,
    data: createCampaignDataInput,
  },
  examplePayload: { data: campaignExample },
  perform: async (context, { connection, name, key, description, responsibleId, data }) => {
    const body = campaignBody({ name, key, description, responsibleId, data });
    const client = clientFor(connection, context);
    const created = await client.request<{ id?: string }>({
      method: "POST",
      path: LIST_PATH,
      body: { encoding: "json", value: body },
    });
    // Bynder answers {id} as 32 hex digits without dashes; the Location header has the dashed form.
    const id =
      idFromLocation(created.headers.location, "campaigns") ??
      (created.data?.id ? dashedId(String(created.data.id)) : undefined);
    if (!id) {
      throw new Error(
        "Create Campaign: Bynder created the campaign but returned neither an ID nor a Location header. Look it up with List Campaigns.",
      );
    }
    const campaign = await client.request<Campaign>({
      method: "GET",
      path: ONE_PATH,
      pathParams: { id },
    });
    return { data: campaign.data };
  },
});
