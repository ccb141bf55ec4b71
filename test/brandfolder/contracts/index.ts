import { brandfoldersContracts } from "./brandfolders";
import { customFieldsContracts } from "./customFields";
import { miscContracts } from "./misc";
import { structureContracts } from "./structure";
import { peopleContracts } from "./people";
import { assetsContracts } from "./assets";
import { webhooksContracts } from "./webhooks";
import { uploadsContracts } from "./uploads";
import type { Contracts } from "./types";

/** One contract per action key; the contract suite fails for any action missing here. */
export const contracts: Contracts = {
  ...brandfoldersContracts,
  ...customFieldsContracts,
  ...miscContracts,
  ...structureContracts,
  ...peopleContracts,
  ...assetsContracts,
  ...webhooksContracts,
  ...uploadsContracts,
};
