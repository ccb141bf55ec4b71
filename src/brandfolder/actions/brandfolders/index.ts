import { getBrandfolder } from "./getBrandfolder";
import { listBrandfolders } from "./listBrandfolders";
import { listOrganizations } from "./listOrganizations";

export default { listOrganizations, listBrandfolders, getBrandfolder };
