import brandfolders from "./brandfolders";
import customFields from "./customFields";
import misc from "./misc";
import attachments from "./attachments";
import invitations from "./invitations";
import userPermissions from "./userPermissions";

/** Every action, keyed by the camelCase of its label. */
export default {
  ...brandfolders,
  ...customFields,
  ...misc,
  ...attachments,
  ...invitations,
  ...userPermissions,
};
