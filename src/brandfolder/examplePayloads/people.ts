/** Attachments, invitations and user permissions as Brandfolder answers them (v4 OpenAPI). */
import { ORGANIZATION_ID } from "./brandfolders";
import { ASSET_ID, BRANDFOLDER_ID } from "./customFields";

export const ATTACHMENT_ID = "oqgkkd-fr3j84-33j7db";
export const INVITATION_ID = "a3dlao-hd6so4-7d91d2";
export const USER_PERMISSION_ID = "p2f0ou-3geb4w-123456";
export const USER_ID = "p0v24p-g7jy9k-123456";

const meta = (count: number) => ({
  current_page: 1,
  next_page: null,
  prev_page: null,
  total_pages: 1,
  total_count: count,
});

const assetRecord = { id: ASSET_ID, type: "assets", attributes: { name: "Spring logo" } };

export const attachmentExample = {
  id: ATTACHMENT_ID,
  type: "attachments",
  attributes: {
    mimetype: "image/png",
    extension: "png",
    filename: "spring_logo.png",
    size: 123456,
    width: 1920,
    height: 1080,
    url: "https://cdn.example.com/spring_logo.png?expiry=1625260667",
    position: 0,
    thumbnail_url: "https://cdn.example.com/spring_logo_thumb.png",
  },
  relationships: { asset: { data: { type: "assets", id: ASSET_ID } } },
};

/** With `include=asset`, the attachment's asset under `related`. */
export const attachmentGetExample = {
  data: { ...attachmentExample, related: { asset: assetRecord } },
  included: [assetRecord],
};

export const attachmentUpdatedExample = {
  data: {
    ...attachmentExample,
    attributes: { ...attachmentExample.attributes, filename: "spring_logo_2025.png" },
  },
};

export const invitationExample = {
  id: INVITATION_ID,
  type: "invitations",
  attributes: {
    email: "jane.doe@example.com",
    permission_level: "guest",
    personal_message: "Welcome to Acme Marketing!",
    invitation_url: "https://brandfolder.com/invitations/abc123",
  },
};

export const invitationsExample = { data: [invitationExample], meta: meta(1) };
export const invitationGetExample = { data: invitationExample };

/** Brandfolder says whether the invitee, already a user, was let in at once. */
export const invitationCreatedExample = { data: invitationExample, meta: { auto_accepted: false } };

const userRecord = {
  id: USER_ID,
  type: "users",
  attributes: { email: "jane.doe@example.com", first_name: "Jane", last_name: "Doe" },
};

export const userPermissionExample = {
  id: USER_PERMISSION_ID,
  type: "user_permissions",
  attributes: { permission_level: "collaborator" },
  relationships: {
    user: { data: { id: USER_ID, type: "users" } },
    permissible: { data: { id: BRANDFOLDER_ID, type: "brandfolders" } },
  },
};

/** Brandfolder includes each permission's user, so the user's email is under `related.user`. */
export const userPermissionsExample = {
  data: [{ ...userPermissionExample, related: { user: userRecord } }],
  included: [userRecord],
  meta: meta(1),
};

export const userPermissionGetExample = { data: userPermissionExample };

export { ORGANIZATION_ID };
