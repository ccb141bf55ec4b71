import { createInvitation } from "./createInvitation";
import { deleteInvitation } from "./deleteInvitation";
import { getInvitation } from "./getInvitation";
import { listInvitations } from "./listInvitations";

export default { listInvitations, createInvitation, getInvitation, deleteInvitation };
