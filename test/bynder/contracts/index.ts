import { accountContracts } from "./account";
import { assetContracts } from "./assets";
import { brandsContracts } from "./brands";
import { campaignsContracts } from "./campaigns";
import { collectionsContracts } from "./collections";
import { jobsContracts } from "./jobs";
import { metapropertiesContracts } from "./metaproperties";
import { miscContracts } from "./misc";
import { ordersContracts } from "./orders";
import { securityProfilesContracts } from "./securityProfiles";
import { tagsContracts } from "./tags";
import { uploadsContracts } from "./uploads";
import type { Contracts } from "./types";
import { usageContracts } from "./usage";
import { usersContracts } from "./users";
import { webhooksContracts } from "./webhooks";

/** One contract per action key; the contract suite fails for any action missing here. */
export const contracts: Contracts = {
  ...accountContracts,
  ...assetContracts,
  ...brandsContracts,
  ...campaignsContracts,
  ...collectionsContracts,
  ...jobsContracts,
  ...metapropertiesContracts,
  ...ordersContracts,
  ...securityProfilesContracts,
  ...tagsContracts,
  ...uploadsContracts,
  ...usageContracts,
  ...usersContracts,
  ...webhooksContracts,
  ...miscContracts,
};
