import { deleteUserPermission } from "./deleteUserPermission";
import { getUserPermission } from "./getUserPermission";
import { listUserPermissions } from "./listUserPermissions";

export default { listUserPermissions, getUserPermission, deleteUserPermission };
