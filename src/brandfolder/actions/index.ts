import brandfolders from "./brandfolders";
import customFields from "./customFields";
import misc from "./misc";
import sections from "./sections";
import labels from "./labels";
import attachments from "./attachments";
import invitations from "./invitations";
import userPermissions from "./userPermissions";
import assets from "./assets";
import collections from "./collections";
import webhooks from "./webhooks";
import uploads from "./uploads";

/** Every action, keyed by the camelCase of its label. */
export default {
  ...brandfolders,
  ...customFields,
  ...misc,
  ...sections,
  ...labels,
  ...attachments,
  ...invitations,
  ...userPermissions,
  ...assets,
  ...collections,
  ...webhooks,
  ...uploads,
};
