import { accountContracts } from "./account";
import { assetContracts } from "./assets";
import { brandsContracts } from "./brands";
import { metapropertiesContracts } from "./metaproperties";
import { miscContracts } from "./misc";
import { ordersContracts } from "./orders";
import { securityProfilesContracts } from "./securityProfiles";
import { tagsContracts } from "./tags";
import type { Contracts } from "./types";
import { usersContracts } from "./users";

/** One contract per action key; the contract suite fails for any action missing here. */
export const contracts: Contracts = {
  ...accountContracts,
  ...assetContracts,
  ...brandsContracts,
  ...metapropertiesContracts,
  ...ordersContracts,
  ...securityProfilesContracts,
  ...tagsContracts,
  ...usersContracts,
  ...miscContracts,
};
