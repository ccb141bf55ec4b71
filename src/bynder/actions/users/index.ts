import { createUser } from "./createUser";
import { deleteUser } from "./deleteUser";
import { getCurrentUser } from "./getCurrentUser";
import { getUser } from "./getUser";
import { listUsers } from "./listUsers";
import { updateUser } from "./updateUser";

/** Actions of this resource, keyed by the camelCase of their label. */
export default { getCurrentUser, getUser, listUsers, createUser, updateUser, deleteUser };
