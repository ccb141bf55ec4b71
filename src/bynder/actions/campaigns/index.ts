import { closeCampaign } from "./closeCampaign";
import { createCampaign } from "./createCampaign";
import { deleteCampaign } from "./deleteCampaign";
import { getCampaign } from "./getCampaign";
import { listCampaigns } from "./listCampaigns";
import { updateCampaign } from "./updateCampaign";

/** Actions of this resource, keyed by the camelCase of their label. */
export default {
  closeCampaign,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  updateCampaign,
};
