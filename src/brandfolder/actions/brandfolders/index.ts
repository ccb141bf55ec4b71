import { createBrandfolder } from "./createBrandfolder";
import { getBrandfolder } from "./getBrandfolder";
import { getOrganization } from "./getOrganization";
import { listBrandfolders } from "./listBrandfolders";
import { listBrandfolderTags } from "./listBrandfolderTags";
import { listOrganizations } from "./listOrganizations";
import { updateBrandfolder } from "./updateBrandfolder";

export default {
  listOrganizations,
  listBrandfolders,
  getBrandfolder,
  getOrganization,
  createBrandfolder,
  updateBrandfolder,
  listBrandfolderTags,
};
